# Generated from forms/bpjs_export_dialog.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: f3cec187c043194a98a72e65ab4483f10b6c37bf5e9d1a7ae03c0fc4d92d7d8a
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bpjs_export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_BpjsExportDialog(object):
    def setupUi(self, BpjsExportDialog):
        if not BpjsExportDialog.objectName():
            BpjsExportDialog.setObjectName(u"BpjsExportDialog")
        BpjsExportDialog.resize(560, 560)
        self.dialogLayout = QVBoxLayout(BpjsExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(BpjsExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.columnsLabel = QLabel(BpjsExportDialog)
        self.columnsLabel.setObjectName(u"columnsLabel")

        self.dialogLayout.addWidget(self.columnsLabel)

        self.columnsList = QListWidget(BpjsExportDialog)
        self.columnsList.setObjectName(u"columnsList")

        self.dialogLayout.addWidget(self.columnsList)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.folderLabel = QLabel(BpjsExportDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(BpjsExportDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.browseButton = QPushButton(BpjsExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderRow.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderRow)

        self.rowsLabel = QLabel(BpjsExportDialog)
        self.rowsLabel.setObjectName(u"rowsLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rowsLabel)

        self.rowsSpin = QSpinBox(BpjsExportDialog)
        self.rowsSpin.setObjectName(u"rowsSpin")
        self.rowsSpin.setMinimum(1)
        self.rowsSpin.setMaximum(10000)
        self.rowsSpin.setValue(10000)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rowsSpin)


        self.dialogLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(BpjsExportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(BpjsExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.columnsLabel.setBuddy(self.columnsList)
        self.folderLabel.setBuddy(self.folderEdit)
        self.rowsLabel.setBuddy(self.rowsSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.columnsList, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.rowsSpin)

        self.retranslateUi(BpjsExportDialog)

        QMetaObject.connectSlotsByName(BpjsExportDialog)
    # setupUi

    def retranslateUi(self, BpjsExportDialog):
        BpjsExportDialog.setWindowTitle(QCoreApplication.translate("BpjsExportDialog", u"Daftar pendaftaran kolektif BPJS", None))
        self.introLabel.setText("")
        self.columnsLabel.setText(QCoreApplication.translate("BpjsExportDialog", u"&Kolom (centang yang dikirim ke BPJS; pilihan ini diingat):", None))
        self.folderLabel.setText(QCoreApplication.translate("BpjsExportDialog", u"&Folder:", None))
        self.browseButton.setText(QCoreApplication.translate("BpjsExportDialog", u"Pilih\u2026", None))
        self.rowsLabel.setText(QCoreApplication.translate("BpjsExportDialog", u"&Baris per berkas:", None))
        self.messageLabel.setText("")
    # retranslateUi

