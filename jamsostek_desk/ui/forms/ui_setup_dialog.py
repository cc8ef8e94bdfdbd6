# Generated from forms/setup_dialog.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: e22d84bc28fb3699a400fb49c6577a363b8e67341cd74275a6f9fe0c4f8cee15
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(620, 600)
        self.dialogLayout = QVBoxLayout(SetupDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(SetupDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.dialogLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(SetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.officeSlot = QVBoxLayout()
        self.officeSlot.setObjectName(u"officeSlot")

        self.dialogLayout.addLayout(self.officeSlot)

        self.operatorLayout = QFormLayout()
        self.operatorLayout.setObjectName(u"operatorLayout")
        self.operatorLayout.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.operatorCaption = QLabel(SetupDialog)
        self.operatorCaption.setObjectName(u"operatorCaption")

        self.operatorLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.operatorCaption)

        self.operatorEdit = QLineEdit(SetupDialog)
        self.operatorEdit.setObjectName(u"operatorEdit")

        self.operatorLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.operatorEdit)


        self.dialogLayout.addLayout(self.operatorLayout)

        self.errorLabel = QLabel(SetupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.operatorCaption.setBuddy(self.operatorEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupDialog)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Pengaturan awal kantor", None))
        self.titleLabel.setText(QCoreApplication.translate("SetupDialog", u"Selamat datang di Jamsostek Desk", None))
        self.introLabel.setText(QCoreApplication.translate("SetupDialog", u"Isi data kantor Anda sekali saja. Data ini dipakai pada kop dokumen dan membatasi wilayah peserta. Semua bisa diubah nanti di menu Pengaturan.", None))
        self.operatorCaption.setText(QCoreApplication.translate("SetupDialog", u"Nama operator", None))
        self.operatorEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"nama Anda, tercatat di riwayat perubahan", None))
        self.errorLabel.setText("")
    # retranslateUi

