# Generated from forms/peserta_form.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: 905e832cbad851d1b59df50ecb2bca0f489608b9d6bc09cd0dbc3f7c6ceffc09
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'peserta_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_PesertaForm(object):
    def setupUi(self, PesertaForm):
        if not PesertaForm.objectName():
            PesertaForm.setObjectName(u"PesertaForm")
        PesertaForm.resize(1180, 720)
        self.formLayout = QVBoxLayout(PesertaForm)
        self.formLayout.setObjectName(u"formLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(PesertaForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.statusBadge = QLabel(PesertaForm)
        self.statusBadge.setObjectName(u"statusBadge")

        self.headerRow.addWidget(self.statusBadge)


        self.formLayout.addLayout(self.headerRow)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.identitasGroup = QGroupBox(PesertaForm)
        self.identitasGroup.setObjectName(u"identitasGroup")
        self.identitasLayout = QFormLayout(self.identitasGroup)
        self.identitasLayout.setObjectName(u"identitasLayout")
        self.identitasLayout.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.nikCaption = QLabel(self.identitasGroup)
        self.nikCaption.setObjectName(u"nikCaption")

        self.identitasLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nikCaption)

        self.nikEdit = QLineEdit(self.identitasGroup)
        self.nikEdit.setObjectName(u"nikEdit")
        self.nikEdit.setMaxLength(24)

        self.identitasLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nikEdit)

        self.nikInfoLabel = QLabel(self.identitasGroup)
        self.nikInfoLabel.setObjectName(u"nikInfoLabel")
        self.nikInfoLabel.setWordWrap(True)

        self.identitasLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nikInfoLabel)

        self.namaCaption = QLabel(self.identitasGroup)
        self.namaCaption.setObjectName(u"namaCaption")

        self.identitasLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.namaCaption)

        self.namaEdit = QLineEdit(self.identitasGroup)
        self.namaEdit.setObjectName(u"namaEdit")

        self.identitasLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.namaEdit)

        self.tempatLahirCaption = QLabel(self.identitasGroup)
        self.tempatLahirCaption.setObjectName(u"tempatLahirCaption")

        self.identitasLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tempatLahirCaption)

        self.tempatLahirEdit = QLineEdit(self.identitasGroup)
        self.tempatLahirEdit.setObjectName(u"tempatLahirEdit")

        self.identitasLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tempatLahirEdit)

        self.tanggalLahirCaption = QLabel(self.identitasGroup)
        self.tanggalLahirCaption.setObjectName(u"tanggalLahirCaption")

        self.identitasLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tanggalLahirCaption)

        self.tanggalLahirEdit = QLineEdit(self.identitasGroup)
        self.tanggalLahirEdit.setObjectName(u"tanggalLahirEdit")

        self.identitasLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tanggalLahirEdit)

        self.jenisKelaminCaption = QLabel(self.identitasGroup)
        self.jenisKelaminCaption.setObjectName(u"jenisKelaminCaption")

        self.identitasLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.jenisKelaminCaption)

        self.jenisKelaminCombo = QComboBox(self.identitasGroup)
        self.jenisKelaminCombo.setObjectName(u"jenisKelaminCombo")

        self.identitasLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.jenisKelaminCombo)

        self.namaIbuCaption = QLabel(self.identitasGroup)
        self.namaIbuCaption.setObjectName(u"namaIbuCaption")

        self.identitasLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.namaIbuCaption)

        self.namaIbuEdit = QLineEdit(self.identitasGroup)
        self.namaIbuEdit.setObjectName(u"namaIbuEdit")

        self.identitasLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.namaIbuEdit)

        self.noHpCaption = QLabel(self.identitasGroup)
        self.noHpCaption.setObjectName(u"noHpCaption")

        self.identitasLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.noHpCaption)

        self.noHpEdit = QLineEdit(self.identitasGroup)
        self.noHpEdit.setObjectName(u"noHpEdit")

        self.identitasLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.noHpEdit)

        self.fotoCaption = QLabel(self.identitasGroup)
        self.fotoCaption.setObjectName(u"fotoCaption")

        self.identitasLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.fotoCaption)

        self.fotoLayout = QHBoxLayout()
        self.fotoLayout.setObjectName(u"fotoLayout")
        self.fotoLabel = QLabel(self.identitasGroup)
        self.fotoLabel.setObjectName(u"fotoLabel")
        self.fotoLabel.setMinimumSize(QSize(45, 60))
        self.fotoLabel.setMaximumSize(QSize(45, 60))
        self.fotoLabel.setFrameShape(QFrame.Box)

        self.fotoLayout.addWidget(self.fotoLabel)

        self.fotoButton = QPushButton(self.identitasGroup)
        self.fotoButton.setObjectName(u"fotoButton")

        self.fotoLayout.addWidget(self.fotoButton)

        self.fotoRemoveButton = QPushButton(self.identitasGroup)
        self.fotoRemoveButton.setObjectName(u"fotoRemoveButton")

        self.fotoLayout.addWidget(self.fotoRemoveButton)

        self.fotoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fotoLayout.addItem(self.fotoSpacer)


        self.identitasLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.fotoLayout)


        self.leftColumn.addWidget(self.identitasGroup)

        self.alamatGroup = QGroupBox(PesertaForm)
        self.alamatGroup.setObjectName(u"alamatGroup")
        self.alamatLayout = QFormLayout(self.alamatGroup)
        self.alamatLayout.setObjectName(u"alamatLayout")
        self.alamatLayout.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.alamatCaption = QLabel(self.alamatGroup)
        self.alamatCaption.setObjectName(u"alamatCaption")

        self.alamatLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.alamatCaption)

        self.alamatEdit = QLineEdit(self.alamatGroup)
        self.alamatEdit.setObjectName(u"alamatEdit")

        self.alamatLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.alamatEdit)

        self.rtrwCaption = QLabel(self.alamatGroup)
        self.rtrwCaption.setObjectName(u"rtrwCaption")

        self.alamatLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rtrwCaption)

        self.rtrwLayout = QHBoxLayout()
        self.rtrwLayout.setObjectName(u"rtrwLayout")
        self.rtEdit = QLineEdit(self.alamatGroup)
        self.rtEdit.setObjectName(u"rtEdit")
        self.rtEdit.setMaxLength(3)

        self.rtrwLayout.addWidget(self.rtEdit)

        self.rtrwSlash = QLabel(self.alamatGroup)
        self.rtrwSlash.setObjectName(u"rtrwSlash")

        self.rtrwLayout.addWidget(self.rtrwSlash)

        self.rwEdit = QLineEdit(self.alamatGroup)
        self.rwEdit.setObjectName(u"rwEdit")
        self.rwEdit.setMaxLength(3)

        self.rtrwLayout.addWidget(self.rwEdit)

        self.rtrwSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rtrwLayout.addItem(self.rtrwSpacer)


        self.alamatLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.rtrwLayout)

        self.desaCaption = QLabel(self.alamatGroup)
        self.desaCaption.setObjectName(u"desaCaption")

        self.alamatLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.desaCaption)

        self.desaEdit = QLineEdit(self.alamatGroup)
        self.desaEdit.setObjectName(u"desaEdit")

        self.alamatLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.desaEdit)

        self.desaInfoLabel = QLabel(self.alamatGroup)
        self.desaInfoLabel.setObjectName(u"desaInfoLabel")
        self.desaInfoLabel.setWordWrap(True)

        self.alamatLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.desaInfoLabel)


        self.leftColumn.addWidget(self.alamatGroup)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.kepesertaanGroup = QGroupBox(PesertaForm)
        self.kepesertaanGroup.setObjectName(u"kepesertaanGroup")
        self.kepesertaanLayout = QFormLayout(self.kepesertaanGroup)
        self.kepesertaanLayout.setObjectName(u"kepesertaanLayout")
        self.kepesertaanLayout.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.kategoriCaption = QLabel(self.kepesertaanGroup)
        self.kategoriCaption.setObjectName(u"kategoriCaption")

        self.kepesertaanLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kategoriCaption)

        self.kategoriCombo = QComboBox(self.kepesertaanGroup)
        self.kategoriCombo.setObjectName(u"kategoriCombo")

        self.kepesertaanLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kategoriCombo)

        self.jabatanCaption = QLabel(self.kepesertaanGroup)
        self.jabatanCaption.setObjectName(u"jabatanCaption")

        self.kepesertaanLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.jabatanCaption)

        self.jabatanCombo = QComboBox(self.kepesertaanGroup)
        self.jabatanCombo.setObjectName(u"jabatanCombo")
        self.jabatanCombo.setEditable(True)

        self.kepesertaanLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.jabatanCombo)

        self.pekerjaanCaption = QLabel(self.kepesertaanGroup)
        self.pekerjaanCaption.setObjectName(u"pekerjaanCaption")

        self.kepesertaanLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pekerjaanCaption)

        self.pekerjaanCombo = QComboBox(self.kepesertaanGroup)
        self.pekerjaanCombo.setObjectName(u"pekerjaanCombo")
        self.pekerjaanCombo.setEditable(True)

        self.kepesertaanLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pekerjaanCombo)

        self.upahCaption = QLabel(self.kepesertaanGroup)
        self.upahCaption.setObjectName(u"upahCaption")

        self.kepesertaanLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.upahCaption)

        self.upahEdit = QLineEdit(self.kepesertaanGroup)
        self.upahEdit.setObjectName(u"upahEdit")

        self.kepesertaanLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.upahEdit)

        self.programCaption = QLabel(self.kepesertaanGroup)
        self.programCaption.setObjectName(u"programCaption")

        self.kepesertaanLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.programCaption)

        self.programLayout = QHBoxLayout()
        self.programLayout.setObjectName(u"programLayout")
        self.jkkCheck = QCheckBox(self.kepesertaanGroup)
        self.jkkCheck.setObjectName(u"jkkCheck")

        self.programLayout.addWidget(self.jkkCheck)

        self.jkmCheck = QCheckBox(self.kepesertaanGroup)
        self.jkmCheck.setObjectName(u"jkmCheck")

        self.programLayout.addWidget(self.jkmCheck)

        self.jhtCheck = QCheckBox(self.kepesertaanGroup)
        self.jhtCheck.setObjectName(u"jhtCheck")

        self.programLayout.addWidget(self.jhtCheck)

        self.jpCheck = QCheckBox(self.kepesertaanGroup)
        self.jpCheck.setObjectName(u"jpCheck")

        self.programLayout.addWidget(self.jpCheck)

        self.programSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.programLayout.addItem(self.programSpacer)


        self.kepesertaanLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.programLayout)

        self.sumberDanaCaption = QLabel(self.kepesertaanGroup)
        self.sumberDanaCaption.setObjectName(u"sumberDanaCaption")

        self.kepesertaanLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sumberDanaCaption)

        self.sumberDanaCombo = QComboBox(self.kepesertaanGroup)
        self.sumberDanaCombo.setObjectName(u"sumberDanaCombo")

        self.kepesertaanLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sumberDanaCombo)

        self.statusCaption = QLabel(self.kepesertaanGroup)
        self.statusCaption.setObjectName(u"statusCaption")

        self.kepesertaanLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusCombo = QComboBox(self.kepesertaanGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.kepesertaanLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.kpjCaption = QLabel(self.kepesertaanGroup)
        self.kpjCaption.setObjectName(u"kpjCaption")

        self.kepesertaanLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.kpjCaption)

        self.kpjEdit = QLineEdit(self.kepesertaanGroup)
        self.kpjEdit.setObjectName(u"kpjEdit")
        self.kpjEdit.setMaxLength(14)

        self.kepesertaanLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.kpjEdit)

        self.mulaiCaption = QLabel(self.kepesertaanGroup)
        self.mulaiCaption.setObjectName(u"mulaiCaption")

        self.kepesertaanLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.mulaiCaption)

        self.mulaiEdit = QLineEdit(self.kepesertaanGroup)
        self.mulaiEdit.setObjectName(u"mulaiEdit")

        self.kepesertaanLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.mulaiEdit)

        self.akhirCaption = QLabel(self.kepesertaanGroup)
        self.akhirCaption.setObjectName(u"akhirCaption")

        self.kepesertaanLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.akhirCaption)

        self.akhirEdit = QLineEdit(self.kepesertaanGroup)
        self.akhirEdit.setObjectName(u"akhirEdit")

        self.kepesertaanLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.akhirEdit)

        self.catatanCaption = QLabel(self.kepesertaanGroup)
        self.catatanCaption.setObjectName(u"catatanCaption")

        self.kepesertaanLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.catatanCaption)

        self.catatanEdit = QLineEdit(self.kepesertaanGroup)
        self.catatanEdit.setObjectName(u"catatanEdit")

        self.kepesertaanLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.catatanEdit)


        self.rightColumn.addWidget(self.kepesertaanGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columns.addLayout(self.rightColumn)


        self.formLayout.addLayout(self.columns)

        self.detailTabs = QTabWidget(PesertaForm)
        self.detailTabs.setObjectName(u"detailTabs")
        self.ahliWarisTab = QWidget()
        self.ahliWarisTab.setObjectName(u"ahliWarisTab")
        self.ahliWarisLayout = QHBoxLayout(self.ahliWarisTab)
        self.ahliWarisLayout.setObjectName(u"ahliWarisLayout")
        self.ahliWarisTable = QTableWidget(self.ahliWarisTab)
        if (self.ahliWarisTable.columnCount() < 4):
            self.ahliWarisTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.ahliWarisTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.ahliWarisTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.ahliWarisTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.ahliWarisTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.ahliWarisTable.setObjectName(u"ahliWarisTable")
        self.ahliWarisTable.setColumnCount(4)

        self.ahliWarisLayout.addWidget(self.ahliWarisTable)

        self.ahliWarisButtons = QVBoxLayout()
        self.ahliWarisButtons.setObjectName(u"ahliWarisButtons")
        self.addAhliButton = QPushButton(self.ahliWarisTab)
        self.addAhliButton.setObjectName(u"addAhliButton")

        self.ahliWarisButtons.addWidget(self.addAhliButton)

        self.removeAhliButton = QPushButton(self.ahliWarisTab)
        self.removeAhliButton.setObjectName(u"removeAhliButton")

        self.ahliWarisButtons.addWidget(self.removeAhliButton)

        self.ahliSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.ahliWarisButtons.addItem(self.ahliSpacer)


        self.ahliWarisLayout.addLayout(self.ahliWarisButtons)

        self.detailTabs.addTab(self.ahliWarisTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTreeWidget(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setRootIsDecorated(True)
        self.historyTable.setAlternatingRowColors(True)

        self.historyLayout.addWidget(self.historyTable)

        self.detailTabs.addTab(self.historyTab, "")

        self.formLayout.addWidget(self.detailTabs)

        self.messageLabel = QLabel(PesertaForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.RichText)

        self.formLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.deactivateButton = QPushButton(PesertaForm)
        self.deactivateButton.setObjectName(u"deactivateButton")

        self.buttonRow.addWidget(self.deactivateButton)

        self.deleteButton = QPushButton(PesertaForm)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.newButton = QPushButton(PesertaForm)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.newButton)

        self.closeButton = QPushButton(PesertaForm)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)

        self.saveButton = QPushButton(PesertaForm)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)


        self.formLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.nikCaption.setBuddy(self.nikEdit)
        self.namaCaption.setBuddy(self.namaEdit)
        self.tempatLahirCaption.setBuddy(self.tempatLahirEdit)
        self.tanggalLahirCaption.setBuddy(self.tanggalLahirEdit)
        self.jenisKelaminCaption.setBuddy(self.jenisKelaminCombo)
        self.namaIbuCaption.setBuddy(self.namaIbuEdit)
        self.noHpCaption.setBuddy(self.noHpEdit)
        self.fotoCaption.setBuddy(self.fotoButton)
        self.alamatCaption.setBuddy(self.alamatEdit)
        self.desaCaption.setBuddy(self.desaEdit)
        self.kategoriCaption.setBuddy(self.kategoriCombo)
        self.jabatanCaption.setBuddy(self.jabatanCombo)
        self.pekerjaanCaption.setBuddy(self.pekerjaanCombo)
        self.upahCaption.setBuddy(self.upahEdit)
        self.sumberDanaCaption.setBuddy(self.sumberDanaCombo)
        self.statusCaption.setBuddy(self.statusCombo)
        self.kpjCaption.setBuddy(self.kpjEdit)
        self.mulaiCaption.setBuddy(self.mulaiEdit)
        self.akhirCaption.setBuddy(self.akhirEdit)
        self.catatanCaption.setBuddy(self.catatanEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nikEdit, self.namaEdit)
        QWidget.setTabOrder(self.namaEdit, self.tempatLahirEdit)
        QWidget.setTabOrder(self.tempatLahirEdit, self.tanggalLahirEdit)
        QWidget.setTabOrder(self.tanggalLahirEdit, self.jenisKelaminCombo)
        QWidget.setTabOrder(self.jenisKelaminCombo, self.namaIbuEdit)
        QWidget.setTabOrder(self.namaIbuEdit, self.noHpEdit)
        QWidget.setTabOrder(self.noHpEdit, self.alamatEdit)
        QWidget.setTabOrder(self.alamatEdit, self.rtEdit)
        QWidget.setTabOrder(self.rtEdit, self.rwEdit)
        QWidget.setTabOrder(self.rwEdit, self.desaEdit)
        QWidget.setTabOrder(self.desaEdit, self.kategoriCombo)
        QWidget.setTabOrder(self.kategoriCombo, self.jabatanCombo)
        QWidget.setTabOrder(self.jabatanCombo, self.pekerjaanCombo)
        QWidget.setTabOrder(self.pekerjaanCombo, self.upahEdit)
        QWidget.setTabOrder(self.upahEdit, self.jkkCheck)
        QWidget.setTabOrder(self.jkkCheck, self.jkmCheck)
        QWidget.setTabOrder(self.jkmCheck, self.jhtCheck)
        QWidget.setTabOrder(self.jhtCheck, self.jpCheck)
        QWidget.setTabOrder(self.jpCheck, self.sumberDanaCombo)
        QWidget.setTabOrder(self.sumberDanaCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.kpjEdit)
        QWidget.setTabOrder(self.kpjEdit, self.mulaiEdit)
        QWidget.setTabOrder(self.mulaiEdit, self.akhirEdit)
        QWidget.setTabOrder(self.akhirEdit, self.catatanEdit)
        QWidget.setTabOrder(self.catatanEdit, self.detailTabs)
        QWidget.setTabOrder(self.detailTabs, self.ahliWarisTable)
        QWidget.setTabOrder(self.ahliWarisTable, self.addAhliButton)
        QWidget.setTabOrder(self.addAhliButton, self.removeAhliButton)
        QWidget.setTabOrder(self.removeAhliButton, self.historyTable)
        QWidget.setTabOrder(self.historyTable, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.deactivateButton)
        QWidget.setTabOrder(self.deactivateButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.closeButton)

        self.retranslateUi(PesertaForm)

        self.detailTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PesertaForm)
    # setupUi

    def retranslateUi(self, PesertaForm):
        PesertaForm.setWindowTitle(QCoreApplication.translate("PesertaForm", u"Data Peserta", None))
        self.titleLabel.setText(QCoreApplication.translate("PesertaForm", u"Peserta baru", None))
        self.statusBadge.setText("")
        self.identitasGroup.setTitle(QCoreApplication.translate("PesertaForm", u"Identitas", None))
        self.nikCaption.setText(QCoreApplication.translate("PesertaForm", u"NIK", None))
        self.nikEdit.setPlaceholderText(QCoreApplication.translate("PesertaForm", u"16 angka, tanpa titik", None))
        self.nikInfoLabel.setText("")
        self.namaCaption.setText(QCoreApplication.translate("PesertaForm", u"Nama lengkap", None))
        self.namaEdit.setPlaceholderText(QCoreApplication.translate("PesertaForm", u"sesuai KTP", None))
        self.tempatLahirCaption.setText(QCoreApplication.translate("PesertaForm", u"Tempat lahir", None))
        self.tanggalLahirCaption.setText(QCoreApplication.translate("PesertaForm", u"Tanggal lahir", None))
        self.tanggalLahirEdit.setPlaceholderText(QCoreApplication.translate("PesertaForm", u"hh-bb-tttt, mis. 12-01-1980", None))
        self.jenisKelaminCaption.setText(QCoreApplication.translate("PesertaForm", u"Jenis kelamin", None))
        self.namaIbuCaption.setText(QCoreApplication.translate("PesertaForm", u"Nama ibu kandung", None))
        self.noHpCaption.setText(QCoreApplication.translate("PesertaForm", u"No. HP", None))
        self.noHpEdit.setPlaceholderText(QCoreApplication.translate("PesertaForm", u"08\u2026", None))
        self.fotoCaption.setText(QCoreApplication.translate("PesertaForm", u"Foto (kartu)", None))
        self.fotoLabel.setText("")
        self.fotoButton.setText(QCoreApplication.translate("PesertaForm", u"Pilih foto\u2026", None))
        self.fotoRemoveButton.setText(QCoreApplication.translate("PesertaForm", u"Hapus foto", None))
        self.alamatGroup.setTitle(QCoreApplication.translate("PesertaForm", u"Alamat", None))
        self.alamatCaption.setText(QCoreApplication.translate("PesertaForm", u"Alamat", None))
        self.alamatEdit.setPlaceholderText(QCoreApplication.translate("PesertaForm", u"jalan, nomor rumah, dusun", None))
        self.rtrwCaption.setText(QCoreApplication.translate("PesertaForm", u"RT / RW", None))
        self.rtEdit.setPlaceholderText(QCoreApplication.translate("PesertaForm", u"RT", None))
        self.rtrwSlash.setText(QCoreApplication.translate("PesertaForm", u"/", None))
        self.rwEdit.setPlaceholderText(QCoreApplication.translate("PesertaForm", u"RW", None))
        self.desaCaption.setText(QCoreApplication.translate("PesertaForm", u"Desa/Kelurahan", None))
        self.desaEdit.setPlaceholderText(QCoreApplication.translate("PesertaForm", u"ketik nama desa\u2026", None))
        self.desaInfoLabel.setText("")
        self.kepesertaanGroup.setTitle(QCoreApplication.translate("PesertaForm", u"Kepesertaan BPJS Ketenagakerjaan", None))
        self.kategoriCaption.setText(QCoreApplication.translate("PesertaForm", u"Kategori", None))
        self.jabatanCaption.setText(QCoreApplication.translate("PesertaForm", u"Jabatan", None))
        self.pekerjaanCaption.setText(QCoreApplication.translate("PesertaForm", u"Pekerjaan", None))
        self.upahCaption.setText(QCoreApplication.translate("PesertaForm", u"Upah/bulan (Rp)", None))
        self.upahEdit.setPlaceholderText(QCoreApplication.translate("PesertaForm", u"mis. 1.000.000", None))
        self.programCaption.setText(QCoreApplication.translate("PesertaForm", u"Program", None))
        self.jkkCheck.setText(QCoreApplication.translate("PesertaForm", u"JKK", None))
        self.jkmCheck.setText(QCoreApplication.translate("PesertaForm", u"JKM", None))
        self.jhtCheck.setText(QCoreApplication.translate("PesertaForm", u"JHT", None))
        self.jpCheck.setText(QCoreApplication.translate("PesertaForm", u"JP", None))
        self.sumberDanaCaption.setText(QCoreApplication.translate("PesertaForm", u"Sumber dana iuran", None))
        self.statusCaption.setText(QCoreApplication.translate("PesertaForm", u"Status", None))
        self.kpjCaption.setText(QCoreApplication.translate("PesertaForm", u"Nomor KPJ", None))
        self.kpjEdit.setPlaceholderText(QCoreApplication.translate("PesertaForm", u"11 angka dari BPJS (boleh kosong)", None))
        self.mulaiCaption.setText(QCoreApplication.translate("PesertaForm", u"Mulai kepesertaan", None))
        self.mulaiEdit.setPlaceholderText(QCoreApplication.translate("PesertaForm", u"hh-bb-tttt", None))
        self.akhirCaption.setText(QCoreApplication.translate("PesertaForm", u"Akhir kepesertaan", None))
        self.akhirEdit.setPlaceholderText(QCoreApplication.translate("PesertaForm", u"hh-bb-tttt (boleh kosong)", None))
        self.catatanCaption.setText(QCoreApplication.translate("PesertaForm", u"Catatan", None))
        ___qtablewidgetitem = self.ahliWarisTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PesertaForm", u"Nama", None))
        ___qtablewidgetitem1 = self.ahliWarisTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PesertaForm", u"Hubungan", None))
        ___qtablewidgetitem2 = self.ahliWarisTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PesertaForm", u"NIK", None))
        ___qtablewidgetitem3 = self.ahliWarisTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PesertaForm", u"No. HP", None))
        self.addAhliButton.setText(QCoreApplication.translate("PesertaForm", u"Tambah ahli waris", None))
        self.removeAhliButton.setText(QCoreApplication.translate("PesertaForm", u"Hapus baris", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.ahliWarisTab), QCoreApplication.translate("PesertaForm", u"Ahli waris", None))
        ___qtreewidgetitem = self.historyTable.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("PesertaForm", u"Sesudah", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("PesertaForm", u"Sebelum", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("PesertaForm", u"Aksi / kolom", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PesertaForm", u"Operator", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PesertaForm", u"Waktu", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.historyTab), QCoreApplication.translate("PesertaForm", u"Riwayat perubahan", None))
        self.messageLabel.setText("")
        self.deactivateButton.setText(QCoreApplication.translate("PesertaForm", u"Nonaktifkan\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("PesertaForm", u"Hapus\u2026", None))
        self.newButton.setText(QCoreApplication.translate("PesertaForm", u"Baru (Ctrl+N)", None))
        self.closeButton.setText(QCoreApplication.translate("PesertaForm", u"Tutup (Esc)", None))
        self.saveButton.setText(QCoreApplication.translate("PesertaForm", u"Simpan (Ctrl+S)", None))
    # retranslateUi

