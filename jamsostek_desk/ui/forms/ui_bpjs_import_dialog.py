# Generated from forms/bpjs_import_dialog.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: 4d45b3b54c60ddbe578c57922a817a62544658949699cd65724caf04463ba681
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bpjs_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BpjsImportDialog(object):
    def setupUi(self, BpjsImportDialog):
        if not BpjsImportDialog.objectName():
            BpjsImportDialog.setObjectName(u"BpjsImportDialog")
        BpjsImportDialog.resize(980, 600)
        self.dialogLayout = QVBoxLayout(BpjsImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(BpjsImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.showLabel = QLabel(BpjsImportDialog)
        self.showLabel.setObjectName(u"showLabel")

        self.filterRow.addWidget(self.showLabel)

        self.showCombo = QComboBox(BpjsImportDialog)
        self.showCombo.setObjectName(u"showCombo")

        self.filterRow.addWidget(self.showCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.rejectsButton = QPushButton(BpjsImportDialog)
        self.rejectsButton.setObjectName(u"rejectsButton")

        self.filterRow.addWidget(self.rejectsButton)


        self.dialogLayout.addLayout(self.filterRow)

        self.previewTable = QTableWidget(BpjsImportDialog)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.dialogLayout.addWidget(self.previewTable)

        self.buttons = QDialogButtonBox(BpjsImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.showLabel.setBuddy(self.showCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BpjsImportDialog)

        QMetaObject.connectSlotsByName(BpjsImportDialog)
    # setupUi

    def retranslateUi(self, BpjsImportDialog):
        BpjsImportDialog.setWindowTitle(QCoreApplication.translate("BpjsImportDialog", u"Impor daftar hasil BPJS", None))
        self.summaryLabel.setText("")
        self.showLabel.setText(QCoreApplication.translate("BpjsImportDialog", u"&Tampilkan:", None))
        self.rejectsButton.setText(QCoreApplication.translate("BpjsImportDialog", u"Simpan baris &ditolak\u2026", None))
    # retranslateUi

