# Generated from forms/new_case_dialog.ui by packaging/scripts/build_forms.py. Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_case_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_NewCaseDialog(object):
    def setupUi(self, NewCaseDialog):
        if not NewCaseDialog.objectName():
            NewCaseDialog.setObjectName(u"NewCaseDialog")
        NewCaseDialog.resize(520, 580)
        self.dialogLayout = QVBoxLayout(NewCaseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(NewCaseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.firstNameLabel = QLabel(NewCaseDialog)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(NewCaseDialog)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.lastNameLabel = QLabel(NewCaseDialog)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(NewCaseDialog)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.birthDateLabel = QLabel(NewCaseDialog)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QDateEdit(NewCaseDialog)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setCalendarPopup(True)
        self.birthDateEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.bsnLabel = QLabel(NewCaseDialog)
        self.bsnLabel.setObjectName(u"bsnLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bsnLabel)

        self.bsnEdit = QLineEdit(NewCaseDialog)
        self.bsnEdit.setObjectName(u"bsnEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bsnEdit)

        self.householdLabel = QLabel(NewCaseDialog)
        self.householdLabel.setObjectName(u"householdLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.householdLabel)

        self.householdEdit = QLineEdit(NewCaseDialog)
        self.householdEdit.setObjectName(u"householdEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.householdEdit)

        self.placeLabel = QLabel(NewCaseDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(NewCaseDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.leadLabel = QLabel(NewCaseDialog)
        self.leadLabel.setObjectName(u"leadLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.leadEdit = QLineEdit(NewCaseDialog)
        self.leadEdit.setObjectName(u"leadEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.leadEdit)

        self.reasonLabel = QLabel(NewCaseDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(NewCaseDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.routeLabel = QLabel(NewCaseDialog)
        self.routeLabel.setObjectName(u"routeLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.routeLabel)

        self.routeCombo = QComboBox(NewCaseDialog)
        self.routeCombo.setObjectName(u"routeCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.routeCombo)

        self.referrerLabel = QLabel(NewCaseDialog)
        self.referrerLabel.setObjectName(u"referrerLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.referrerLabel)

        self.referrerEdit = QLineEdit(NewCaseDialog)
        self.referrerEdit.setObjectName(u"referrerEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.referrerEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(NewCaseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NewCaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.bsnLabel.setBuddy(self.bsnEdit)
        self.householdLabel.setBuddy(self.householdEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.leadLabel.setBuddy(self.leadEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.routeLabel.setBuddy(self.routeCombo)
        self.referrerLabel.setBuddy(self.referrerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.bsnEdit)
        QWidget.setTabOrder(self.bsnEdit, self.householdEdit)
        QWidget.setTabOrder(self.householdEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.leadEdit)
        QWidget.setTabOrder(self.leadEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.routeCombo)
        QWidget.setTabOrder(self.routeCombo, self.referrerEdit)

        self.retranslateUi(NewCaseDialog)
    # setupUi

    def retranslateUi(self, NewCaseDialog):
        NewCaseDialog.setWindowTitle(QCoreApplication.translate("NewCaseDialog", u"New case", None))
        self.introLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Register a young person and their household. You can add the rest of the household, the network and existing care later.", None))
        self.firstNameLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&First name", None))
        self.lastNameLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Last name", None))
        self.birthDateLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Date of birth", None))
        self.bsnLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&BSN (optional)", None))
        self.householdLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Household", None))
        self.placeLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Town", None))
        self.leadLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Casusregisseur", None))
        self.reasonLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Reason for contact", None))
        self.routeLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Came in &via", None))
        self.referrerLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Referred b&y", None))
    # retranslateUi

