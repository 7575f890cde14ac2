# Generated from forms/first_run.ui by packaging/scripts/build_forms.py. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_FirstRunPage(object):
    def setupUi(self, FirstRunPage):
        if not FirstRunPage.objectName():
            FirstRunPage.setObjectName(u"FirstRunPage")
        FirstRunPage.resize(900, 600)
        self.outerLayout = QVBoxLayout(FirstRunPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centerLayout = QHBoxLayout()
        self.centerLayout.setObjectName(u"centerLayout")
        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.leftSpacer)

        self.card = QFrame(FirstRunPage)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(560, 0))
        self.card.setMaximumSize(QSize(640, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(14)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(36, 32, 36, 32)
        self.logoLabel = QLabel(self.card)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardLayout.addWidget(self.logoLabel)

        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(self.card)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.introLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.introLabel)

        self.newVaultButton = QPushButton(self.card)
        self.newVaultButton.setObjectName(u"newVaultButton")

        self.cardLayout.addWidget(self.newVaultButton)

        self.openVaultButton = QPushButton(self.card)
        self.openVaultButton.setObjectName(u"openVaultButton")

        self.cardLayout.addWidget(self.openVaultButton)

        self.demoButton = QPushButton(self.card)
        self.demoButton.setObjectName(u"demoButton")

        self.cardLayout.addWidget(self.demoButton)

        self.demoNoteLabel = QLabel(self.card)
        self.demoNoteLabel.setObjectName(u"demoNoteLabel")
        self.demoNoteLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demoNoteLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.demoNoteLabel)


        self.centerLayout.addWidget(self.card)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centerLayout)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)


        self.retranslateUi(FirstRunPage)
    # setupUi

    def retranslateUi(self, FirstRunPage):
        self.titleLabel.setText(QCoreApplication.translate("FirstRunPage", u"Welcome to tafel", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunPage", u"tafel keeps the case files of young people and their households in one encrypted vault on this laptop. Only someone who knows the passphrase can open it.", None))
        self.newVaultButton.setText(QCoreApplication.translate("FirstRunPage", u"&Create a new vault", None))
        self.openVaultButton.setText(QCoreApplication.translate("FirstRunPage", u"Open an &existing vault\u2026", None))
        self.demoButton.setText(QCoreApplication.translate("FirstRunPage", u"Look around in the &demo", None))
        self.demoNoteLabel.setText(QCoreApplication.translate("FirstRunPage", u"The demo holds invented households only. It is a safe place to practise.", None))
        pass
    # retranslateUi

