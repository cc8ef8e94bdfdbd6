# Generated from forms/sign_in_dialog.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: 00768c0e2759ce2f9f7593269608f839134d95d7846e5fd1f962d01496cbd116
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(480, 380)
        self.dialogLayout = QVBoxLayout(SignInDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(SignInDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headerLabel)

        self.introLabel = QLabel(SignInDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.operatorList = QListWidget(SignInDialog)
        self.operatorList.setObjectName(u"operatorList")
        self.operatorList.setMinimumSize(QSize(0, 120))
        self.operatorList.setMaximumSize(QSize(16777215, 200))

        self.dialogLayout.addWidget(self.operatorList)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.passwordCaption = QLabel(SignInDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(SignInDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmCaption = QLabel(SignInDialog)
        self.confirmCaption.setObjectName(u"confirmCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmCaption)

        self.confirmEdit = QLineEdit(SignInDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.codeCaption = QLabel(SignInDialog)
        self.codeCaption.setObjectName(u"codeCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.codeCaption)

        self.codeEdit = QLineEdit(SignInDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.codeEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SignInDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.forgotButton = QPushButton(SignInDialog)
        self.forgotButton.setObjectName(u"forgotButton")
        self.forgotButton.setFlat(True)
        self.forgotButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.forgotButton)

        self.bSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.bSpacer)

        self.cancelButton = QPushButton(SignInDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.signInButton = QPushButton(SignInDialog)
        self.signInButton.setObjectName(u"signInButton")

        self.buttonRow.addWidget(self.signInButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.passwordCaption.setBuddy(self.passwordEdit)
        self.confirmCaption.setBuddy(self.confirmEdit)
        self.codeCaption.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignInDialog)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Masuk \u2014 Jamsostek Desk", None))
        self.headerLabel.setText("")
        self.introLabel.setText(QCoreApplication.translate("SignInDialog", u"Pilih nama Anda, ketik kata sandi, lalu tekan Enter.", None))
        self.passwordCaption.setText(QCoreApplication.translate("SignInDialog", u"&Kata sandi", None))
        self.confirmCaption.setText(QCoreApplication.translate("SignInDialog", u"&Ulangi kata sandi", None))
        self.codeCaption.setText(QCoreApplication.translate("SignInDialog", u"Kode &pemulihan", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"ABCDE-FGHJK-LMNPQ-RSTUV", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("SignInDialog", u"color: #c62828;", None))
        self.forgotButton.setText(QCoreApplication.translate("SignInDialog", u"Lupa kata sandi Admin\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("SignInDialog", u"Keluar", None))
        self.signInButton.setText(QCoreApplication.translate("SignInDialog", u"&Masuk", None))
    # retranslateUi

