# Generated from forms/nonaktif_dialog.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: dcf6e2150880b2fb6ea3201f0ca93970badc8cdb9c2efd81ede08d4e14ba075c
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'nonaktif_dialog.ui'
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

class Ui_NonaktifDialog(object):
    def setupUi(self, NonaktifDialog):
        if not NonaktifDialog.objectName():
            NonaktifDialog.setObjectName(u"NonaktifDialog")
        NonaktifDialog.resize(460, 240)
        self.dialogLayout = QVBoxLayout(NonaktifDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(NonaktifDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.alasanCaption = QLabel(NonaktifDialog)
        self.alasanCaption.setObjectName(u"alasanCaption")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.alasanCaption)

        self.alasanCombo = QComboBox(NonaktifDialog)
        self.alasanCombo.setObjectName(u"alasanCombo")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.alasanCombo)

        self.tanggalCaption = QLabel(NonaktifDialog)
        self.tanggalCaption.setObjectName(u"tanggalCaption")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tanggalCaption)

        self.tanggalEdit = QLineEdit(NonaktifDialog)
        self.tanggalEdit.setObjectName(u"tanggalEdit")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tanggalEdit)

        self.keteranganCaption = QLabel(NonaktifDialog)
        self.keteranganCaption.setObjectName(u"keteranganCaption")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keteranganCaption)

        self.keteranganEdit = QLineEdit(NonaktifDialog)
        self.keteranganEdit.setObjectName(u"keteranganEdit")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.keteranganEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.errorLabel = QLabel(NonaktifDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NonaktifDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.alasanCaption.setBuddy(self.alasanCombo)
        self.tanggalCaption.setBuddy(self.tanggalEdit)
        self.keteranganCaption.setBuddy(self.keteranganEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.alasanCombo, self.tanggalEdit)
        QWidget.setTabOrder(self.tanggalEdit, self.keteranganEdit)

        self.retranslateUi(NonaktifDialog)

        QMetaObject.connectSlotsByName(NonaktifDialog)
    # setupUi

    def retranslateUi(self, NonaktifDialog):
        NonaktifDialog.setWindowTitle(QCoreApplication.translate("NonaktifDialog", u"Nonaktifkan peserta", None))
        self.introLabel.setText("")
        self.alasanCaption.setText(QCoreApplication.translate("NonaktifDialog", u"Alasan", None))
        self.tanggalCaption.setText(QCoreApplication.translate("NonaktifDialog", u"Tanggal", None))
        self.tanggalEdit.setPlaceholderText(QCoreApplication.translate("NonaktifDialog", u"hh-bb-tttt", None))
        self.keteranganCaption.setText(QCoreApplication.translate("NonaktifDialog", u"Keterangan", None))
        self.keteranganEdit.setPlaceholderText(QCoreApplication.translate("NonaktifDialog", u"mis. pindah ke Kabupaten Tapin", None))
        self.errorLabel.setText("")
    # retranslateUi

