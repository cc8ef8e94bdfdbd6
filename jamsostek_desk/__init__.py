"""Jamsostek Desk: offline registration of aparat desa and pekerja rentan for BPJS TK."""

__version__ = "0.1.0"
APP_NAME = "Jamsostek Desk"
APP_ID = "jamsostek-desk"
