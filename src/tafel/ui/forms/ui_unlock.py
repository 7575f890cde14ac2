# Generated from forms/unlock.ui by packaging/scripts/build_forms.py. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_UnlockPage(object):
    def setupUi(self, UnlockPage):
        if not UnlockPage.objectName():
            UnlockPage.setObjectName(u"UnlockPage")
        UnlockPage.resize(900, 600)
        self.outerLayout = QVBoxLayout(UnlockPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centerLayout = QHBoxLayout()
        self.centerLayout.setObjectName(u"centerLayout")
        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.leftSpacer)

        self.card = QFrame(UnlockPage)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(520, 0))
        self.card.setMaximumSize(QSize(600, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(12)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(36, 32, 36, 32)
        self.lockIconLabel = QLabel(self.card)
        self.lockIconLabel.setObjectName(u"lockIconLabel")
        self.lockIconLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardLayout.addWidget(self.lockIconLabel)

        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardLayout.addWidget(self.titleLabel)

        self.vaultLabel = QLabel(self.card)
        self.vaultLabel.setObjectName(u"vaultLabel")
        self.vaultLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.vaultLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.vaultLabel)

        self.passphraseLabel = QLabel(self.card)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.cardLayout.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.card)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.cardLayout.addWidget(self.passphraseEdit)

        self.errorLabel = QLabel(self.card)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.errorLabel)

        self.unlockButton = QPushButton(self.card)
        self.unlockButton.setObjectName(u"unlockButton")

        self.cardLayout.addWidget(self.unlockButton)

        self.hintLabel = QLabel(self.card)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hintLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.hintLabel)

        self.otherVaultButton = QPushButton(self.card)
        self.otherVaultButton.setObjectName(u"otherVaultButton")
        self.otherVaultButton.setFlat(True)

        self.cardLayout.addWidget(self.otherVaultButton, 0, Qt.AlignmentFlag.AlignHCenter)


        self.centerLayout.addWidget(self.card)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centerLayout)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnlockPage)

        self.unlockButton.setDefault(True)

    # setupUi

    def retranslateUi(self, UnlockPage):
        self.titleLabel.setText(QCoreApplication.translate("UnlockPage", u"The vault is locked", None))
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockPage", u"&Passphrase", None))
        self.unlockButton.setText(QCoreApplication.translate("UnlockPage", u"&Unlock", None))
        self.otherVaultButton.setText(QCoreApplication.translate("UnlockPage", u"Choose &another vault", None))
        pass
    # retranslateUi

