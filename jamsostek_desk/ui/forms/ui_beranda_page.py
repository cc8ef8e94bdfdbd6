# Generated from forms/beranda_page.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: fc283504bf72144885abc8a9b6ac57031dab4545e87dd28f2df3a1822cac2004
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'beranda_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_BerandaPage(object):
    def setupUi(self, BerandaPage):
        if not BerandaPage.objectName():
            BerandaPage.setObjectName(u"BerandaPage")
        BerandaPage.resize(1160, 640)
        self.pageLayout = QVBoxLayout(BerandaPage)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(BerandaPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.tahunLabel = QLabel(BerandaPage)
        self.tahunLabel.setObjectName(u"tahunLabel")

        self.headerRow.addWidget(self.tahunLabel)

        self.tahunSpin = QSpinBox(BerandaPage)
        self.tahunSpin.setObjectName(u"tahunSpin")
        self.tahunSpin.setMinimum(2020)
        self.tahunSpin.setMaximum(2100)
        self.tahunSpin.setValue(2026)

        self.headerRow.addWidget(self.tahunSpin)

        self.kategoriCombo = QComboBox(BerandaPage)
        self.kategoriCombo.setObjectName(u"kategoriCombo")

        self.headerRow.addWidget(self.kategoriCombo)

        self.refreshButton = QPushButton(BerandaPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerRow.addWidget(self.refreshButton)

        self.targetButton = QPushButton(BerandaPage)
        self.targetButton.setObjectName(u"targetButton")

        self.headerRow.addWidget(self.targetButton)

        self.rekapButton = QPushButton(BerandaPage)
        self.rekapButton.setObjectName(u"rekapButton")

        self.headerRow.addWidget(self.rekapButton)

        self.imageButton = QPushButton(BerandaPage)
        self.imageButton.setObjectName(u"imageButton")

        self.headerRow.addWidget(self.imageButton)


        self.pageLayout.addLayout(self.headerRow)

        self.statusLabel = QLabel(BerandaPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.pageLayout.addWidget(self.statusLabel)

        self.tilesRow = QHBoxLayout()
        self.tilesRow.setSpacing(8)
        self.tilesRow.setObjectName(u"tilesRow")

        self.pageLayout.addLayout(self.tilesRow)

        self.chartsRow = QHBoxLayout()
        self.chartsRow.setSpacing(10)
        self.chartsRow.setObjectName(u"chartsRow")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.kecamatanChartLabel = QLabel(BerandaPage)
        self.kecamatanChartLabel.setObjectName(u"kecamatanChartLabel")

        self.leftColumn.addWidget(self.kecamatanChartLabel)

        self.kecamatanChartHost = QVBoxLayout()
        self.kecamatanChartHost.setObjectName(u"kecamatanChartHost")

        self.leftColumn.addLayout(self.kecamatanChartHost)

        self.whatIfRow = QHBoxLayout()
        self.whatIfRow.setObjectName(u"whatIfRow")
        self.whatIfLabel = QLabel(BerandaPage)
        self.whatIfLabel.setObjectName(u"whatIfLabel")

        self.whatIfRow.addWidget(self.whatIfLabel)

        self.whatIfEdit = QLineEdit(BerandaPage)
        self.whatIfEdit.setObjectName(u"whatIfEdit")
        self.whatIfEdit.setMaximumSize(QSize(150, 16777215))

        self.whatIfRow.addWidget(self.whatIfEdit)

        self.whatIfMonthLabel = QLabel(BerandaPage)
        self.whatIfMonthLabel.setObjectName(u"whatIfMonthLabel")

        self.whatIfRow.addWidget(self.whatIfMonthLabel)

        self.whatIfMonth = QComboBox(BerandaPage)
        self.whatIfMonth.setObjectName(u"whatIfMonth")

        self.whatIfRow.addWidget(self.whatIfMonth)

        self.whatIfResult = QLabel(BerandaPage)
        self.whatIfResult.setObjectName(u"whatIfResult")

        self.whatIfRow.addWidget(self.whatIfResult)

        self.whatIfSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whatIfRow.addItem(self.whatIfSpacer)


        self.leftColumn.addLayout(self.whatIfRow)


        self.chartsRow.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.trendLabel = QLabel(BerandaPage)
        self.trendLabel.setObjectName(u"trendLabel")

        self.rightColumn.addWidget(self.trendLabel)

        self.trendChartHost = QVBoxLayout()
        self.trendChartHost.setObjectName(u"trendChartHost")

        self.rightColumn.addLayout(self.trendChartHost)

        self.tindakanLabel = QLabel(BerandaPage)
        self.tindakanLabel.setObjectName(u"tindakanLabel")

        self.rightColumn.addWidget(self.tindakanLabel)

        self.tindakanList = QListWidget(BerandaPage)
        self.tindakanList.setObjectName(u"tindakanList")
        self.tindakanList.setMaximumSize(QSize(16777215, 150))

        self.rightColumn.addWidget(self.tindakanList)


        self.chartsRow.addLayout(self.rightColumn)


        self.pageLayout.addLayout(self.chartsRow)

#if QT_CONFIG(shortcut)
        self.tahunLabel.setBuddy(self.tahunSpin)
        self.whatIfLabel.setBuddy(self.whatIfEdit)
        self.whatIfMonthLabel.setBuddy(self.whatIfMonth)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BerandaPage)

        QMetaObject.connectSlotsByName(BerandaPage)
    # setupUi

    def retranslateUi(self, BerandaPage):
        self.titleLabel.setText(QCoreApplication.translate("BerandaPage", u"<span style=\"font-size:15pt; font-weight:600\">Beranda</span>", None))
        self.tahunLabel.setText(QCoreApplication.translate("BerandaPage", u"&Tahun", None))
        self.refreshButton.setText(QCoreApplication.translate("BerandaPage", u"P&erbarui", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("BerandaPage", u"Hitung ulang angka di halaman ini (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.targetButton.setText(QCoreApplication.translate("BerandaPage", u"Target && &anggaran\u2026", None))
#if QT_CONFIG(tooltip)
        self.targetButton.setToolTip(QCoreApplication.translate("BerandaPage", u"Target kepesertaan, pagu iuran dan jumlah jabatan aparat desa (Admin)", None))
#endif // QT_CONFIG(tooltip)
        self.rekapButton.setText(QCoreApplication.translate("BerandaPage", u"&Rekapitulasi\u2026", None))
#if QT_CONFIG(tooltip)
        self.rekapButton.setToolTip(QCoreApplication.translate("BerandaPage", u"Rekapitulasi per kecamatan atau desa sebagai PDF atau Excel", None))
#endif // QT_CONFIG(tooltip)
        self.imageButton.setText(QCoreApplication.translate("BerandaPage", u"Simpan &gambar\u2026", None))
#if QT_CONFIG(tooltip)
        self.imageButton.setToolTip(QCoreApplication.translate("BerandaPage", u"Simpan halaman ini sebagai gambar PNG atau cetak", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText("")
        self.kecamatanChartLabel.setText(QCoreApplication.translate("BerandaPage", u"<b>Peserta aktif per kecamatan terhadap target</b>", None))
        self.whatIfLabel.setText(QCoreApplication.translate("BerandaPage", u"Bagaimana jika ada tambahan &anggaran Rp", None))
        self.whatIfEdit.setPlaceholderText(QCoreApplication.translate("BerandaPage", u"mis. 500.000.000", None))
        self.whatIfMonthLabel.setText(QCoreApplication.translate("BerandaPage", u"mulai &bulan", None))
        self.whatIfResult.setText("")
        self.trendLabel.setText(QCoreApplication.translate("BerandaPage", u"<b>Peserta aktif per bulan</b>", None))
        self.tindakanLabel.setText(QCoreApplication.translate("BerandaPage", u"<b>Perlu tindakan</b> (klik untuk membuka daftarnya)", None))
        pass
    # retranslateUi

