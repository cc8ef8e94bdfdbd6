# Generated from forms/serah_kartu_dialog.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: 544caf52422dffb7db46be4f23c042a5c6631a6ce563cf0a8be9aca45e59267c
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'serah_kartu_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SerahKartuDialog(object):
    def setupUi(self, SerahKartuDialog):
        if not SerahKartuDialog.objectName():
            SerahKartuDialog.setObjectName(u"SerahKartuDialog")
        SerahKartuDialog.resize(480, 220)
        self.dialogLayout = QVBoxLayout(SerahKartuDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SerahKartuDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.tanggalCaption = QLabel(SerahKartuDialog)
        self.tanggalCaption.setObjectName(u"tanggalCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tanggalCaption)

        self.tanggalEdit = QLineEdit(SerahKartuDialog)
        self.tanggalEdit.setObjectName(u"tanggalEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tanggalEdit)

        self.acaraCaption = QLabel(SerahKartuDialog)
        self.acaraCaption.setObjectName(u"acaraCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.acaraCaption)

        self.acaraCombo = QComboBox(SerahKartuDialog)
        self.acaraCombo.setObjectName(u"acaraCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.acaraCombo)

        self.penerimaCaption = QLabel(SerahKartuDialog)
        self.penerimaCaption.setObjectName(u"penerimaCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.penerimaCaption)

        self.penerimaEdit = QLineEdit(SerahKartuDialog)
        self.penerimaEdit.setObjectName(u"penerimaEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.penerimaEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SerahKartuDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SerahKartuDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.tanggalCaption.setBuddy(self.tanggalEdit)
        self.acaraCaption.setBuddy(self.acaraCombo)
        self.penerimaCaption.setBuddy(self.penerimaEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SerahKartuDialog)

        QMetaObject.connectSlotsByName(SerahKartuDialog)
    # setupUi

    def retranslateUi(self, SerahKartuDialog):
        SerahKartuDialog.setWindowTitle(QCoreApplication.translate("SerahKartuDialog", u"Kartu diserahkan", None))
        self.introLabel.setText("")
        self.tanggalCaption.setText(QCoreApplication.translate("SerahKartuDialog", u"&Tanggal diserahkan", None))
        self.tanggalEdit.setPlaceholderText(QCoreApplication.translate("SerahKartuDialog", u"hh-bb-tttt", None))
        self.acaraCaption.setText(QCoreApplication.translate("SerahKartuDialog", u"&Acara", None))
        self.penerimaCaption.setText(QCoreApplication.translate("SerahKartuDialog", u"&Penerima", None))
        self.penerimaEdit.setPlaceholderText(QCoreApplication.translate("SerahKartuDialog", u"kosongkan bila diterima peserta sendiri", None))
        self.errorLabel.setText("")
    # retranslateUi

