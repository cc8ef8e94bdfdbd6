# Generated from forms/office_form.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: 38363f0a5f1390bfe30d43dc64ca0b4c7e6cc11cb2a1035ecd9b10411e2eb233
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'office_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget)

class Ui_OfficeForm(object):
    def setupUi(self, OfficeForm):
        if not OfficeForm.objectName():
            OfficeForm.setObjectName(u"OfficeForm")
        OfficeForm.resize(560, 420)
        self.officeLayout = QFormLayout(OfficeForm)
        self.officeLayout.setObjectName(u"officeLayout")
        self.officeLayout.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.jenisCaption = QLabel(OfficeForm)
        self.jenisCaption.setObjectName(u"jenisCaption")

        self.officeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.jenisCaption)

        self.jenisCombo = QComboBox(OfficeForm)
        self.jenisCombo.setObjectName(u"jenisCombo")

        self.officeLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.jenisCombo)

        self.provinsiCaption = QLabel(OfficeForm)
        self.provinsiCaption.setObjectName(u"provinsiCaption")

        self.officeLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.provinsiCaption)

        self.provinsiCombo = QComboBox(OfficeForm)
        self.provinsiCombo.setObjectName(u"provinsiCombo")

        self.officeLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.provinsiCombo)

        self.kabupatenCaption = QLabel(OfficeForm)
        self.kabupatenCaption.setObjectName(u"kabupatenCaption")

        self.officeLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kabupatenCaption)

        self.kabupatenCombo = QComboBox(OfficeForm)
        self.kabupatenCombo.setObjectName(u"kabupatenCombo")

        self.officeLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kabupatenCombo)

        self.desaCaption = QLabel(OfficeForm)
        self.desaCaption.setObjectName(u"desaCaption")

        self.officeLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.desaCaption)

        self.desaEdit = QLineEdit(OfficeForm)
        self.desaEdit.setObjectName(u"desaEdit")

        self.officeLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.desaEdit)

        self.namaCaption = QLabel(OfficeForm)
        self.namaCaption.setObjectName(u"namaCaption")

        self.officeLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.namaCaption)

        self.namaEdit = QLineEdit(OfficeForm)
        self.namaEdit.setObjectName(u"namaEdit")

        self.officeLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.namaEdit)

        self.alamatCaption = QLabel(OfficeForm)
        self.alamatCaption.setObjectName(u"alamatCaption")

        self.officeLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.alamatCaption)

        self.alamatEdit = QLineEdit(OfficeForm)
        self.alamatEdit.setObjectName(u"alamatEdit")

        self.officeLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.alamatEdit)

        self.teleponCaption = QLabel(OfficeForm)
        self.teleponCaption.setObjectName(u"teleponCaption")

        self.officeLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.teleponCaption)

        self.teleponEdit = QLineEdit(OfficeForm)
        self.teleponEdit.setObjectName(u"teleponEdit")

        self.officeLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.teleponEdit)

        self.emailCaption = QLabel(OfficeForm)
        self.emailCaption.setObjectName(u"emailCaption")

        self.officeLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailEdit = QLineEdit(OfficeForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.officeLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.kepalaNamaCaption = QLabel(OfficeForm)
        self.kepalaNamaCaption.setObjectName(u"kepalaNamaCaption")

        self.officeLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.kepalaNamaCaption)

        self.kepalaNamaEdit = QLineEdit(OfficeForm)
        self.kepalaNamaEdit.setObjectName(u"kepalaNamaEdit")

        self.officeLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.kepalaNamaEdit)

        self.kepalaNipCaption = QLabel(OfficeForm)
        self.kepalaNipCaption.setObjectName(u"kepalaNipCaption")

        self.officeLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.kepalaNipCaption)

        self.kepalaNipEdit = QLineEdit(OfficeForm)
        self.kepalaNipEdit.setObjectName(u"kepalaNipEdit")
        self.kepalaNipEdit.setMaxLength(21)

        self.officeLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.kepalaNipEdit)

        self.kepalaJabatanCaption = QLabel(OfficeForm)
        self.kepalaJabatanCaption.setObjectName(u"kepalaJabatanCaption")

        self.officeLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.kepalaJabatanCaption)

        self.kepalaJabatanEdit = QLineEdit(OfficeForm)
        self.kepalaJabatanEdit.setObjectName(u"kepalaJabatanEdit")

        self.officeLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.kepalaJabatanEdit)

#if QT_CONFIG(shortcut)
        self.jenisCaption.setBuddy(self.jenisCombo)
        self.provinsiCaption.setBuddy(self.provinsiCombo)
        self.kabupatenCaption.setBuddy(self.kabupatenCombo)
        self.desaCaption.setBuddy(self.desaEdit)
        self.namaCaption.setBuddy(self.namaEdit)
        self.alamatCaption.setBuddy(self.alamatEdit)
        self.teleponCaption.setBuddy(self.teleponEdit)
        self.emailCaption.setBuddy(self.emailEdit)
        self.kepalaNamaCaption.setBuddy(self.kepalaNamaEdit)
        self.kepalaNipCaption.setBuddy(self.kepalaNipEdit)
        self.kepalaJabatanCaption.setBuddy(self.kepalaJabatanEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.jenisCombo, self.provinsiCombo)
        QWidget.setTabOrder(self.provinsiCombo, self.kabupatenCombo)
        QWidget.setTabOrder(self.kabupatenCombo, self.desaEdit)
        QWidget.setTabOrder(self.desaEdit, self.namaEdit)
        QWidget.setTabOrder(self.namaEdit, self.alamatEdit)
        QWidget.setTabOrder(self.alamatEdit, self.teleponEdit)
        QWidget.setTabOrder(self.teleponEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.kepalaNamaEdit)
        QWidget.setTabOrder(self.kepalaNamaEdit, self.kepalaNipEdit)
        QWidget.setTabOrder(self.kepalaNipEdit, self.kepalaJabatanEdit)

        self.retranslateUi(OfficeForm)

        QMetaObject.connectSlotsByName(OfficeForm)
    # setupUi

    def retranslateUi(self, OfficeForm):
        self.jenisCaption.setText(QCoreApplication.translate("OfficeForm", u"Jenis kantor", None))
        self.provinsiCaption.setText(QCoreApplication.translate("OfficeForm", u"Provinsi", None))
        self.kabupatenCaption.setText(QCoreApplication.translate("OfficeForm", u"Kabupaten/Kota", None))
        self.desaCaption.setText(QCoreApplication.translate("OfficeForm", u"Desa/Kelurahan", None))
        self.desaEdit.setPlaceholderText(QCoreApplication.translate("OfficeForm", u"ketik nama desa kantor\u2026", None))
        self.namaCaption.setText(QCoreApplication.translate("OfficeForm", u"Nama kantor", None))
        self.namaEdit.setPlaceholderText(QCoreApplication.translate("OfficeForm", u"mis. Dinas PMD Kabupaten Banjar", None))
        self.alamatCaption.setText(QCoreApplication.translate("OfficeForm", u"Alamat", None))
        self.teleponCaption.setText(QCoreApplication.translate("OfficeForm", u"Telepon", None))
        self.emailCaption.setText(QCoreApplication.translate("OfficeForm", u"Email", None))
        self.kepalaNamaCaption.setText(QCoreApplication.translate("OfficeForm", u"Nama kepala kantor", None))
        self.kepalaNamaEdit.setPlaceholderText(QCoreApplication.translate("OfficeForm", u"untuk tanda tangan dokumen", None))
        self.kepalaNipCaption.setText(QCoreApplication.translate("OfficeForm", u"NIP kepala", None))
        self.kepalaJabatanCaption.setText(QCoreApplication.translate("OfficeForm", u"Jabatan kepala", None))
        self.kepalaJabatanEdit.setPlaceholderText(QCoreApplication.translate("OfficeForm", u"mis. Kepala Dinas", None))
        pass
    # retranslateUi

