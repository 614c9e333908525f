#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace dr::ui {

// Help > About: the versions of the app, Qt and OpenSSL, whether OpenSSL's legacy provider (old .p12 files) is
// available and where it was looked for, a button that copies the same report as `drrunbook --version` for a
// support call, the licences and third-party notices, and Qt's own About box.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The text put on the clipboard by "Copy versions": dr::versionReport("drrunbook").
    static QString versionText();

private:
    QWidget* makeVersionsTab();
    QTextBrowser* makeNoticesTab();
    static QString noticesHtml();

    QLabel* m_legacy = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace dr::ui
