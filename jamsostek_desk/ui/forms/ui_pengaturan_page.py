# Generated from forms/pengaturan_page.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: b10a80e3c51e7da89f992cb889a9e7c7dc7b4a23c8a6bfe68f45a8b58e761d0c
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pengaturan_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_PengaturanPage(object):
    def setupUi(self, PengaturanPage):
        if not PengaturanPage.objectName():
            PengaturanPage.setObjectName(u"PengaturanPage")
        PengaturanPage.resize(900, 700)
        self.pageLayout = QVBoxLayout(PengaturanPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 14, 16, -1)
        self.titleLabel = QLabel(PengaturanPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.officeGroup = QGroupBox(PengaturanPage)
        self.officeGroup.setObjectName(u"officeGroup")
        self.officeGroupLayout = QVBoxLayout(self.officeGroup)
        self.officeGroupLayout.setObjectName(u"officeGroupLayout")
        self.officeSlot = QVBoxLayout()
        self.officeSlot.setObjectName(u"officeSlot")

        self.officeGroupLayout.addLayout(self.officeSlot)

        self.officeMessage = QLabel(self.officeGroup)
        self.officeMessage.setObjectName(u"officeMessage")
        self.officeMessage.setWordWrap(True)

        self.officeGroupLayout.addWidget(self.officeMessage)

        self.officeButtons = QHBoxLayout()
        self.officeButtons.setObjectName(u"officeButtons")
        self.officeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.officeButtons.addItem(self.officeSpacer)

        self.saveOfficeButton = QPushButton(self.officeGroup)
        self.saveOfficeButton.setObjectName(u"saveOfficeButton")

        self.officeButtons.addWidget(self.saveOfficeButton)


        self.officeGroupLayout.addLayout(self.officeButtons)


        self.columns.addWidget(self.officeGroup)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.operatorGroup = QGroupBox(PengaturanPage)
        self.operatorGroup.setObjectName(u"operatorGroup")
        self.operatorLayout = QVBoxLayout(self.operatorGroup)
        self.operatorLayout.setObjectName(u"operatorLayout")
        self.signedInLabel = QLabel(self.operatorGroup)
        self.signedInLabel.setObjectName(u"signedInLabel")
        self.signedInLabel.setWordWrap(True)

        self.operatorLayout.addWidget(self.signedInLabel)

        self.operatorList = QListWidget(self.operatorGroup)
        self.operatorList.setObjectName(u"operatorList")
        self.operatorList.setMaximumSize(QSize(16777215, 140))

        self.operatorLayout.addWidget(self.operatorList)

        self.operatorAddRow = QHBoxLayout()
        self.operatorAddRow.setObjectName(u"operatorAddRow")
        self.newOperatorEdit = QLineEdit(self.operatorGroup)
        self.newOperatorEdit.setObjectName(u"newOperatorEdit")

        self.operatorAddRow.addWidget(self.newOperatorEdit)

        self.newRoleCombo = QComboBox(self.operatorGroup)
        self.newRoleCombo.setObjectName(u"newRoleCombo")

        self.operatorAddRow.addWidget(self.newRoleCombo)

        self.addOperatorButton = QPushButton(self.operatorGroup)
        self.addOperatorButton.setObjectName(u"addOperatorButton")

        self.operatorAddRow.addWidget(self.addOperatorButton)


        self.operatorLayout.addLayout(self.operatorAddRow)

        self.operatorEditRow = QHBoxLayout()
        self.operatorEditRow.setObjectName(u"operatorEditRow")
        self.roleCombo = QComboBox(self.operatorGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.operatorEditRow.addWidget(self.roleCombo)

        self.setRoleButton = QPushButton(self.operatorGroup)
        self.setRoleButton.setObjectName(u"setRoleButton")

        self.operatorEditRow.addWidget(self.setRoleButton)

        self.setPasswordButton = QPushButton(self.operatorGroup)
        self.setPasswordButton.setObjectName(u"setPasswordButton")

        self.operatorEditRow.addWidget(self.setPasswordButton)


        self.operatorLayout.addLayout(self.operatorEditRow)

        self.ownRow = QHBoxLayout()
        self.ownRow.setObjectName(u"ownRow")
        self.useOperatorButton = QPushButton(self.operatorGroup)
        self.useOperatorButton.setObjectName(u"useOperatorButton")

        self.ownRow.addWidget(self.useOperatorButton)

        self.ownSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ownRow.addItem(self.ownSpacer)

        self.idleCaption = QLabel(self.operatorGroup)
        self.idleCaption.setObjectName(u"idleCaption")

        self.ownRow.addWidget(self.idleCaption)

        self.idleSpin = QSpinBox(self.operatorGroup)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(240)

        self.ownRow.addWidget(self.idleSpin)


        self.operatorLayout.addLayout(self.ownRow)


        self.rightColumn.addWidget(self.operatorGroup)

        self.databaseGroup = QGroupBox(PengaturanPage)
        self.databaseGroup.setObjectName(u"databaseGroup")
        self.databaseLayout = QVBoxLayout(self.databaseGroup)
        self.databaseLayout.setObjectName(u"databaseLayout")
        self.databaseLabel = QLabel(self.databaseGroup)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setWordWrap(True)
        self.databaseLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.databaseLayout.addWidget(self.databaseLabel)

        self.backupRow = QHBoxLayout()
        self.backupRow.setObjectName(u"backupRow")
        self.backupButton = QPushButton(self.databaseGroup)
        self.backupButton.setObjectName(u"backupButton")

        self.backupRow.addWidget(self.backupButton)

        self.restoreButton = QPushButton(self.databaseGroup)
        self.restoreButton.setObjectName(u"restoreButton")

        self.backupRow.addWidget(self.restoreButton)


        self.databaseLayout.addLayout(self.backupRow)

        self.secondFolderRow = QHBoxLayout()
        self.secondFolderRow.setObjectName(u"secondFolderRow")
        self.secondFolderButton = QPushButton(self.databaseGroup)
        self.secondFolderButton.setObjectName(u"secondFolderButton")

        self.secondFolderRow.addWidget(self.secondFolderButton)

        self.clearSecondFolderButton = QPushButton(self.databaseGroup)
        self.clearSecondFolderButton.setObjectName(u"clearSecondFolderButton")

        self.secondFolderRow.addWidget(self.clearSecondFolderButton)


        self.databaseLayout.addLayout(self.secondFolderRow)


        self.rightColumn.addWidget(self.databaseGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columns.addLayout(self.rightColumn)


        self.pageLayout.addLayout(self.columns)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)


        self.retranslateUi(PengaturanPage)

        QMetaObject.connectSlotsByName(PengaturanPage)
    # setupUi

    def retranslateUi(self, PengaturanPage):
        self.titleLabel.setText(QCoreApplication.translate("PengaturanPage", u"Pengaturan", None))
        self.officeGroup.setTitle(QCoreApplication.translate("PengaturanPage", u"Data kantor", None))
        self.officeMessage.setText("")
        self.saveOfficeButton.setText(QCoreApplication.translate("PengaturanPage", u"Simpan data kantor", None))
        self.operatorGroup.setTitle(QCoreApplication.translate("PengaturanPage", u"Operator dan peran", None))
        self.signedInLabel.setText("")
        self.newOperatorEdit.setPlaceholderText(QCoreApplication.translate("PengaturanPage", u"nama operator baru", None))
        self.addOperatorButton.setText(QCoreApplication.translate("PengaturanPage", u"Tambah\u2026", None))
        self.setRoleButton.setText(QCoreApplication.translate("PengaturanPage", u"Ubah peran", None))
        self.setPasswordButton.setText(QCoreApplication.translate("PengaturanPage", u"Atur kata sandi\u2026", None))
        self.useOperatorButton.setText(QCoreApplication.translate("PengaturanPage", u"Ganti kata sandi saya\u2026", None))
        self.idleCaption.setText(QCoreApplication.translate("PengaturanPage", u"Kunci layar setelah", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("PengaturanPage", u" menit", None))
        self.databaseGroup.setTitle(QCoreApplication.translate("PengaturanPage", u"Database dan cadangan", None))
        self.databaseLabel.setText("")
        self.backupButton.setText(QCoreApplication.translate("PengaturanPage", u"Buat cadangan sekarang", None))
        self.restoreButton.setText(QCoreApplication.translate("PengaturanPage", u"Pulihkan dari cadangan\u2026", None))
        self.secondFolderButton.setText(QCoreApplication.translate("PengaturanPage", u"Folder cadangan kedua\u2026", None))
#if QT_CONFIG(tooltip)
        self.secondFolderButton.setToolTip(QCoreApplication.translate("PengaturanPage", u"Setiap cadangan juga disalin ke folder ini, misalnya di flash disk", None))
#endif // QT_CONFIG(tooltip)
        self.clearSecondFolderButton.setText(QCoreApplication.translate("PengaturanPage", u"Tanpa folder kedua", None))
        pass
    # retranslateUi

