# Generated from forms/import_wizard.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: e560659362e92141fb06c71157dde154aa13fec9231a9d1affe1b49455e9614f
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(1120, 660)
        ImportWizard.setAcceptDrops(True)
        self.dialogLayout = QVBoxLayout(ImportWizard)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 14, 18, 12)
        self.stepsLabel = QLabel(ImportWizard)
        self.stepsLabel.setObjectName(u"stepsLabel")
        self.stepsLabel.setTextFormat(Qt.RichText)

        self.dialogLayout.addWidget(self.stepsLabel)

        self.titleLabel = QLabel(ImportWizard)
        self.titleLabel.setObjectName(u"titleLabel")

        self.dialogLayout.addWidget(self.titleLabel)

        self.pages = QStackedWidget(ImportWizard)
        self.pages.setObjectName(u"pages")
        self.filePage = QWidget()
        self.filePage.setObjectName(u"filePage")
        self.filePageLayout = QVBoxLayout(self.filePage)
        self.filePageLayout.setSpacing(10)
        self.filePageLayout.setObjectName(u"filePageLayout")
        self.filePageLayout.setContentsMargins(0, -1, 0, -1)
        self.fileIntroLabel = QLabel(self.filePage)
        self.fileIntroLabel.setObjectName(u"fileIntroLabel")
        self.fileIntroLabel.setWordWrap(True)

        self.filePageLayout.addWidget(self.fileIntroLabel)

        self.dropFrame = QFrame(self.filePage)
        self.dropFrame.setObjectName(u"dropFrame")
        self.dropFrame.setMinimumSize(QSize(0, 150))
        self.dropLayout = QVBoxLayout(self.dropFrame)
        self.dropLayout.setSpacing(10)
        self.dropLayout.setObjectName(u"dropLayout")
        self.dropLabel = QLabel(self.dropFrame)
        self.dropLabel.setObjectName(u"dropLabel")
        self.dropLabel.setAlignment(Qt.AlignCenter)

        self.dropLayout.addWidget(self.dropLabel)

        self.chooseRow = QHBoxLayout()
        self.chooseRow.setObjectName(u"chooseRow")
        self.chooseLeftSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooseRow.addItem(self.chooseLeftSpacer)

        self.chooseButton = QPushButton(self.dropFrame)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setMinimumSize(QSize(180, 0))

        self.chooseRow.addWidget(self.chooseButton)

        self.chooseRightSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooseRow.addItem(self.chooseRightSpacer)


        self.dropLayout.addLayout(self.chooseRow)

        self.fileLabel = QLabel(self.dropFrame)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setAlignment(Qt.AlignCenter)
        self.fileLabel.setWordWrap(True)

        self.dropLayout.addWidget(self.fileLabel)


        self.filePageLayout.addWidget(self.dropFrame)

        self.kategoriLayout = QFormLayout()
        self.kategoriLayout.setObjectName(u"kategoriLayout")
        self.kategoriLayout.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.kategoriCaption = QLabel(self.filePage)
        self.kategoriCaption.setObjectName(u"kategoriCaption")

        self.kategoriLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kategoriCaption)

        self.kategoriCombo = QComboBox(self.filePage)
        self.kategoriCombo.setObjectName(u"kategoriCombo")
        self.kategoriCombo.setMinimumContentsLength(18)

        self.kategoriLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kategoriCombo)


        self.filePageLayout.addLayout(self.kategoriLayout)

        self.fileErrorLabel = QLabel(self.filePage)
        self.fileErrorLabel.setObjectName(u"fileErrorLabel")
        self.fileErrorLabel.setWordWrap(True)
        self.fileErrorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.filePageLayout.addWidget(self.fileErrorLabel)

        self.templateGroup = QGroupBox(self.filePage)
        self.templateGroup.setObjectName(u"templateGroup")
        self.templateLayout = QHBoxLayout(self.templateGroup)
        self.templateLayout.setObjectName(u"templateLayout")
        self.templateLabel = QLabel(self.templateGroup)
        self.templateLabel.setObjectName(u"templateLabel")
        self.templateLabel.setWordWrap(True)

        self.templateLayout.addWidget(self.templateLabel)

        self.templateButton = QPushButton(self.templateGroup)
        self.templateButton.setObjectName(u"templateButton")
        self.templateButton.setMinimumSize(QSize(160, 0))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.templateButton.sizePolicy().hasHeightForWidth())
        self.templateButton.setSizePolicy(sizePolicy)

        self.templateLayout.addWidget(self.templateButton)


        self.filePageLayout.addWidget(self.templateGroup)

        self.templateInfoLabel = QLabel(self.filePage)
        self.templateInfoLabel.setObjectName(u"templateInfoLabel")
        self.templateInfoLabel.setWordWrap(True)
        self.templateInfoLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.filePageLayout.addWidget(self.templateInfoLabel)

        self.fileSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filePageLayout.addItem(self.fileSpacer)

        self.pages.addWidget(self.filePage)
        self.sheetPage = QWidget()
        self.sheetPage.setObjectName(u"sheetPage")
        self.sheetPageLayout = QVBoxLayout(self.sheetPage)
        self.sheetPageLayout.setObjectName(u"sheetPageLayout")
        self.sheetPageLayout.setContentsMargins(0, -1, 0, -1)
        self.sheetIntroLabel = QLabel(self.sheetPage)
        self.sheetIntroLabel.setObjectName(u"sheetIntroLabel")
        self.sheetIntroLabel.setWordWrap(True)

        self.sheetPageLayout.addWidget(self.sheetIntroLabel)

        self.sheetRow = QHBoxLayout()
        self.sheetRow.setSpacing(12)
        self.sheetRow.setObjectName(u"sheetRow")
        self.sheetList = QListWidget(self.sheetPage)
        self.sheetList.setObjectName(u"sheetList")
        self.sheetList.setMinimumSize(QSize(260, 0))
        self.sheetList.setMaximumSize(QSize(300, 16777215))

        self.sheetRow.addWidget(self.sheetList)

        self.sheetPreviewLayout = QVBoxLayout()
        self.sheetPreviewLayout.setObjectName(u"sheetPreviewLayout")
        self.headerInfoLabel = QLabel(self.sheetPage)
        self.headerInfoLabel.setObjectName(u"headerInfoLabel")
        self.headerInfoLabel.setWordWrap(True)

        self.sheetPreviewLayout.addWidget(self.headerInfoLabel)

        self.topRowsTable = QTableWidget(self.sheetPage)
        self.topRowsTable.setObjectName(u"topRowsTable")
        self.topRowsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.topRowsTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.topRowsTable.setWordWrap(False)

        self.sheetPreviewLayout.addWidget(self.topRowsTable)

        self.headerHintLabel = QLabel(self.sheetPage)
        self.headerHintLabel.setObjectName(u"headerHintLabel")
        self.headerHintLabel.setWordWrap(True)

        self.sheetPreviewLayout.addWidget(self.headerHintLabel)


        self.sheetRow.addLayout(self.sheetPreviewLayout)


        self.sheetPageLayout.addLayout(self.sheetRow)

        self.sheetErrorLabel = QLabel(self.sheetPage)
        self.sheetErrorLabel.setObjectName(u"sheetErrorLabel")
        self.sheetErrorLabel.setWordWrap(True)

        self.sheetPageLayout.addWidget(self.sheetErrorLabel)

        self.pages.addWidget(self.sheetPage)
        self.mappingPage = QWidget()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingPageLayout = QVBoxLayout(self.mappingPage)
        self.mappingPageLayout.setObjectName(u"mappingPageLayout")
        self.mappingPageLayout.setContentsMargins(0, -1, 0, -1)
        self.mappingIntroLabel = QLabel(self.mappingPage)
        self.mappingIntroLabel.setObjectName(u"mappingIntroLabel")
        self.mappingIntroLabel.setWordWrap(True)

        self.mappingPageLayout.addWidget(self.mappingIntroLabel)

        self.mappingTable = QTableWidget(self.mappingPage)
        if (self.mappingTable.columnCount() < 3):
            self.mappingTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.mappingTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.mappingTable.setWordWrap(False)

        self.mappingPageLayout.addWidget(self.mappingTable)

        self.desaRow = QWidget(self.mappingPage)
        self.desaRow.setObjectName(u"desaRow")
        self.desaRowLayout = QHBoxLayout(self.desaRow)
        self.desaRowLayout.setObjectName(u"desaRowLayout")
        self.desaRowLayout.setContentsMargins(0, 0, 0, 0)
        self.desaCaption = QLabel(self.desaRow)
        self.desaCaption.setObjectName(u"desaCaption")

        self.desaRowLayout.addWidget(self.desaCaption)

        self.desaCombo = QComboBox(self.desaRow)
        self.desaCombo.setObjectName(u"desaCombo")
        self.desaCombo.setMinimumWidth(340)

        self.desaRowLayout.addWidget(self.desaCombo)

        self.desaInfoLabel = QLabel(self.desaRow)
        self.desaInfoLabel.setObjectName(u"desaInfoLabel")
        self.desaInfoLabel.setWordWrap(True)

        self.desaRowLayout.addWidget(self.desaInfoLabel)


        self.mappingPageLayout.addWidget(self.desaRow)

        self.requiredLabel = QLabel(self.mappingPage)
        self.requiredLabel.setObjectName(u"requiredLabel")
        self.requiredLabel.setWordWrap(True)

        self.mappingPageLayout.addWidget(self.requiredLabel)

        self.rememberCheck = QCheckBox(self.mappingPage)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.mappingPageLayout.addWidget(self.rememberCheck)

        self.mappingErrorLabel = QLabel(self.mappingPage)
        self.mappingErrorLabel.setObjectName(u"mappingErrorLabel")
        self.mappingErrorLabel.setWordWrap(True)
        self.mappingErrorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mappingPageLayout.addWidget(self.mappingErrorLabel)

        self.pages.addWidget(self.mappingPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewPageLayout = QVBoxLayout(self.previewPage)
        self.previewPageLayout.setSpacing(8)
        self.previewPageLayout.setObjectName(u"previewPageLayout")
        self.previewPageLayout.setContentsMargins(0, -1, 0, -1)
        self.previousLabel = QLabel(self.previewPage)
        self.previousLabel.setObjectName(u"previousLabel")
        self.previousLabel.setWordWrap(True)

        self.previewPageLayout.addWidget(self.previousLabel)

        self.notesLabel = QLabel(self.previewPage)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)
        self.notesLabel.setTextFormat(Qt.RichText)

        self.previewPageLayout.addWidget(self.notesLabel)

        self.countsRow = QHBoxLayout()
        self.countsRow.setSpacing(8)
        self.countsRow.setObjectName(u"countsRow")
        self.countBaruLabel = QLabel(self.previewPage)
        self.countBaruLabel.setObjectName(u"countBaruLabel")

        self.countsRow.addWidget(self.countBaruLabel)

        self.countUbahLabel = QLabel(self.previewPage)
        self.countUbahLabel.setObjectName(u"countUbahLabel")

        self.countsRow.addWidget(self.countUbahLabel)

        self.countLewatiLabel = QLabel(self.previewPage)
        self.countLewatiLabel.setObjectName(u"countLewatiLabel")

        self.countsRow.addWidget(self.countLewatiLabel)

        self.countTolakLabel = QLabel(self.previewPage)
        self.countTolakLabel.setObjectName(u"countTolakLabel")

        self.countsRow.addWidget(self.countTolakLabel)

        self.countWarnLabel = QLabel(self.previewPage)
        self.countWarnLabel.setObjectName(u"countWarnLabel")

        self.countsRow.addWidget(self.countWarnLabel)


        self.previewPageLayout.addLayout(self.countsRow)

        self.previewOptionsRow = QHBoxLayout()
        self.previewOptionsRow.setObjectName(u"previewOptionsRow")
        self.updateExistingCheck = QCheckBox(self.previewPage)
        self.updateExistingCheck.setObjectName(u"updateExistingCheck")

        self.previewOptionsRow.addWidget(self.updateExistingCheck)

        self.problemsOnlyCheck = QCheckBox(self.previewPage)
        self.problemsOnlyCheck.setObjectName(u"problemsOnlyCheck")

        self.previewOptionsRow.addWidget(self.problemsOnlyCheck)

        self.previewOptionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewOptionsRow.addItem(self.previewOptionsSpacer)

        self.saveRejectsButton = QPushButton(self.previewPage)
        self.saveRejectsButton.setObjectName(u"saveRejectsButton")

        self.previewOptionsRow.addWidget(self.saveRejectsButton)


        self.previewPageLayout.addLayout(self.previewOptionsRow)

        self.previewTable = QTableView(self.previewPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.previewTable.setWordWrap(False)

        self.previewPageLayout.addWidget(self.previewTable)

        self.detailLabel = QLabel(self.previewPage)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextFormat(Qt.RichText)
        self.detailLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.previewPageLayout.addWidget(self.detailLabel)

        self.previewErrorLabel = QLabel(self.previewPage)
        self.previewErrorLabel.setObjectName(u"previewErrorLabel")
        self.previewErrorLabel.setWordWrap(True)
        self.previewErrorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.previewPageLayout.addWidget(self.previewErrorLabel)

        self.pages.addWidget(self.previewPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.donePageLayout = QVBoxLayout(self.donePage)
        self.donePageLayout.setSpacing(12)
        self.donePageLayout.setObjectName(u"donePageLayout")
        self.donePageLayout.setContentsMargins(0, -1, 0, -1)
        self.doneLabel = QLabel(self.donePage)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)
        self.doneLabel.setTextFormat(Qt.RichText)

        self.donePageLayout.addWidget(self.doneLabel)

        self.doneNotesLabel = QLabel(self.donePage)
        self.doneNotesLabel.setObjectName(u"doneNotesLabel")
        self.doneNotesLabel.setWordWrap(True)
        self.doneNotesLabel.setTextFormat(Qt.RichText)

        self.donePageLayout.addWidget(self.doneNotesLabel)

        self.doneButtonsRow = QHBoxLayout()
        self.doneButtonsRow.setObjectName(u"doneButtonsRow")
        self.doneRejectsButton = QPushButton(self.donePage)
        self.doneRejectsButton.setObjectName(u"doneRejectsButton")

        self.doneButtonsRow.addWidget(self.doneRejectsButton)

        self.anotherButton = QPushButton(self.donePage)
        self.anotherButton.setObjectName(u"anotherButton")

        self.doneButtonsRow.addWidget(self.anotherButton)

        self.doneButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doneButtonsRow.addItem(self.doneButtonsSpacer)


        self.donePageLayout.addLayout(self.doneButtonsRow)

        self.doneInfoLabel = QLabel(self.donePage)
        self.doneInfoLabel.setObjectName(u"doneInfoLabel")
        self.doneInfoLabel.setWordWrap(True)
        self.doneInfoLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.donePageLayout.addWidget(self.doneInfoLabel)

        self.doneSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.donePageLayout.addItem(self.doneSpacer)

        self.pages.addWidget(self.donePage)

        self.dialogLayout.addWidget(self.pages)

        self.buttonLine = QFrame(ImportWizard)
        self.buttonLine.setObjectName(u"buttonLine")
        self.buttonLine.setFrameShape(QFrame.Shape.HLine)
        self.buttonLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.dialogLayout.addWidget(self.buttonLine)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.hintLabel = QLabel(ImportWizard)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(False)

        self.buttonRow.addWidget(self.hintLabel)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ImportWizard)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setMinimumSize(QSize(100, 0))

        self.buttonRow.addWidget(self.cancelButton)

        self.backButton = QPushButton(ImportWizard)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setMinimumSize(QSize(110, 0))

        self.buttonRow.addWidget(self.backButton)

        self.nextButton = QPushButton(ImportWizard)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setMinimumSize(QSize(150, 0))

        self.buttonRow.addWidget(self.nextButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.kategoriCaption.setBuddy(self.kategoriCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseButton, self.kategoriCombo)
        QWidget.setTabOrder(self.kategoriCombo, self.templateButton)
        QWidget.setTabOrder(self.templateButton, self.sheetList)
        QWidget.setTabOrder(self.sheetList, self.topRowsTable)
        QWidget.setTabOrder(self.topRowsTable, self.mappingTable)
        QWidget.setTabOrder(self.mappingTable, self.rememberCheck)
        QWidget.setTabOrder(self.rememberCheck, self.updateExistingCheck)
        QWidget.setTabOrder(self.updateExistingCheck, self.problemsOnlyCheck)
        QWidget.setTabOrder(self.problemsOnlyCheck, self.saveRejectsButton)
        QWidget.setTabOrder(self.saveRejectsButton, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.doneRejectsButton)
        QWidget.setTabOrder(self.doneRejectsButton, self.anotherButton)
        QWidget.setTabOrder(self.anotherButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.backButton)
        QWidget.setTabOrder(self.backButton, self.cancelButton)

        self.retranslateUi(ImportWizard)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Impor daftar peserta dari Excel", None))
        self.stepsLabel.setText("")
        self.titleLabel.setText(QCoreApplication.translate("ImportWizard", u"Pilih berkas", None))
        self.fileIntroLabel.setText(QCoreApplication.translate("ImportWizard", u"Pilih daftar peserta yang dikirim desa atau kantor. Berkas yang bisa dibaca: Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) dan CSV. Belum ada yang disimpan sampai Anda menekan \u201cImpor\u201d di langkah terakhir.", None))
        self.dropLabel.setText(QCoreApplication.translate("ImportWizard", u"Tarik berkas ke sini, atau", None))
        self.chooseButton.setText(QCoreApplication.translate("ImportWizard", u"Pilih berkas\u2026", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportWizard", u"Belum ada berkas yang dipilih.", None))
        self.kategoriCaption.setText(QCoreApplication.translate("ImportWizard", u"Kategori peserta di berkas ini", None))
        self.fileErrorLabel.setText("")
        self.templateGroup.setTitle(QCoreApplication.translate("ImportWizard", u"Belum punya format daftar?", None))
        self.templateLabel.setText(QCoreApplication.translate("ImportWizard", u"Unduh template Excel untuk kategori yang dipilih: kolom yang dikenali aplikasi, pilihan isian (jenis kelamin, jabatan/pekerjaan, desa) dan petunjuk pengisian. Template yang sudah diisi desa bisa langsung diimpor.", None))
        self.templateButton.setText(QCoreApplication.translate("ImportWizard", u"Unduh template\u2026", None))
        self.templateInfoLabel.setText("")
        self.sheetIntroLabel.setText(QCoreApplication.translate("ImportWizard", u"Pilih lembar yang akan diimpor. Di sebelah kanan terlihat isi bagian atas lembar; baris judul kolom yang ditemukan ditandai hijau.", None))
        self.headerInfoLabel.setText("")
        self.headerHintLabel.setText(QCoreApplication.translate("ImportWizard", u"Bukan baris itu? Klik baris yang berisi judul kolom.", None))
        self.sheetErrorLabel.setText("")
        self.mappingIntroLabel.setText(QCoreApplication.translate("ImportWizard", u"Cocokkan setiap kolom di berkas dengan data peserta. Kolom yang tidak diperlukan biarkan \u201c(abaikan)\u201d. Data bertanda * wajib ada.", None))
        ___qtablewidgetitem = self.mappingTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportWizard", u"Kolom di berkas", None))
        ___qtablewidgetitem1 = self.mappingTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportWizard", u"Contoh isi", None))
        ___qtablewidgetitem2 = self.mappingTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportWizard", u"Diisi ke data", None))
        self.desaCaption.setText(QCoreApplication.translate("ImportWizard", u"Desa untuk lembar tanpa kolom desa:", None))
        self.desaInfoLabel.setText("")
        self.requiredLabel.setText("")
        self.rememberCheck.setText(QCoreApplication.translate("ImportWizard", u"Ingat pemetaan ini untuk berkas lain dengan judul kolom yang sama", None))
        self.mappingErrorLabel.setText("")
        self.previousLabel.setText("")
        self.notesLabel.setText("")
        self.countBaruLabel.setText("")
        self.countUbahLabel.setText("")
        self.countLewatiLabel.setText("")
        self.countTolakLabel.setText("")
        self.countWarnLabel.setText("")
        self.updateExistingCheck.setText(QCoreApplication.translate("ImportWizard", u"Perbarui peserta yang sudah terdaftar", None))
#if QT_CONFIG(tooltip)
        self.updateExistingCheck.setToolTip(QCoreApplication.translate("ImportWizard", u"Bila dicentang, peserta yang NIK-nya sudah ada diperbarui dengan isian dari berkas (hanya kolom yang ada di berkas dan terisi). Bila tidak, baris itu dilewati.", None))
#endif // QT_CONFIG(tooltip)
        self.problemsOnlyCheck.setText(QCoreApplication.translate("ImportWizard", u"Hanya yang bermasalah", None))
#if QT_CONFIG(tooltip)
        self.problemsOnlyCheck.setToolTip(QCoreApplication.translate("ImportWizard", u"Tampilkan hanya baris yang ditolak atau berperingatan", None))
#endif // QT_CONFIG(tooltip)
        self.saveRejectsButton.setText(QCoreApplication.translate("ImportWizard", u"Simpan baris yang ditolak\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveRejectsButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Simpan baris yang ditolak ke berkas Excel berisi kolom \u201cKeterangan\u201d, untuk diperbaiki desa lalu dikirim ulang", None))
#endif // QT_CONFIG(tooltip)
        self.detailLabel.setText("")
        self.previewErrorLabel.setText("")
        self.doneLabel.setText("")
        self.doneNotesLabel.setText("")
        self.doneRejectsButton.setText(QCoreApplication.translate("ImportWizard", u"Simpan baris yang ditolak\u2026", None))
        self.anotherButton.setText(QCoreApplication.translate("ImportWizard", u"Impor berkas lain", None))
        self.doneInfoLabel.setText("")
        self.hintLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("ImportWizard", u"Batal", None))
        self.backButton.setText(QCoreApplication.translate("ImportWizard", u"\u2039 Kembali", None))
        self.nextButton.setText(QCoreApplication.translate("ImportWizard", u"Lanjut \u203a", None))
    # retranslateUi

