#include "AboutDialog.h"

#include "common/BuildInfo.h"
#include "common/OpenSslRuntime.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dr::ui {

namespace {

QLabel* valueLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Appliance DR Runbook"));
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(tr("Appliance DR Runbook %1").arg(appVersion()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto* blurb = new QLabel(tr("Guided disaster recovery and drills for BeyondTrust (formerly Bomgar) Remote Support "
                                "and Privileged Remote Access appliances. The procedures follow the vendor's "
                                "disaster-recovery guide."),
                             this);
    blurb->setWordWrap(true);
    layout->addWidget(blurb);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("aboutTabs"));
    tabs->addTab(makeVersionsTab(), tr("&Versions"));
    tabs->addTab(makeNoticesTab(), tr("&Licences"));
    layout->addWidget(tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("Co&py versions"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("aboutCopy"));
    m_copy->setToolTip(tr("Copy the versions to the clipboard, for a support call or a bug report."));
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    aboutQt->setObjectName(QStringLiteral("aboutQt"));
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setDefault(true);
    close->setFocus();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(versionText()); });
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    resize(600, 440);
}

QString AboutDialog::versionText()
{
    return versionReport(QStringLiteral("drrunbook"));
}

QWidget* AboutDialog::makeVersionsTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    const OpenSslStatus& ssl = openSslRuntime();
    form->addRow(tr("Application:"), valueLabel(appVersion(), QStringLiteral("aboutAppVersion"), page));
    form->addRow(
        tr("Qt:"),
        valueLabel(tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                   QStringLiteral("aboutQtVersion"), page));
    form->addRow(tr("OpenSSL:"), valueLabel(ssl.version, QStringLiteral("aboutOpenSslVersion"), page));

    const QString legacy =
        ssl.legacyProvider
            ? tr("Available: certificate backups written by older exporters (RC2-40, 3DES) can be read.")
            : tr("NOT available: certificate backups written by older exporters (RC2-40, 3DES) cannot be read. "
                 "Install OpenSSL's legacy provider module or set OPENSSL_MODULES to its folder, then restart. "
                 "(%1)")
                  .arg(ssl.legacyError);
    m_legacy = valueLabel(legacy, QStringLiteral("aboutLegacyProvider"), page);
    if (!ssl.legacyProvider)
        m_legacy->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    form->addRow(tr("OpenSSL legacy provider:"), m_legacy);
    form->addRow(tr("Provider modules:"), valueLabel(ssl.modulesDir, QStringLiteral("aboutModulesDir"), page));

    auto* hint = new QLabel(tr("Reporting a problem or calling support? \"Copy versions\" puts these lines on the "
                               "clipboard."),
                            page);
    hint->setObjectName(QStringLiteral("aboutCopyHint"));
    hint->setWordWrap(true);
    hint->setContentsMargins(0, 12, 0, 0);

    // Buddies give each value an accessible name from its label (screen readers read "Qt: 6.4.2 ...").
    for (int row = 0; row < form->rowCount(); ++row) {
        auto* label = qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole)->widget());
        QWidget* field = form->itemAt(row, QFormLayout::FieldRole)->widget();
        if (label && field) {
            label->setBuddy(field);
            field->setAccessibleName(label->text().chopped(1));
        }
    }
    form->addRow(hint);
    return page;
}

QTextBrowser* AboutDialog::makeNoticesTab()
{
    auto* browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("aboutNotices"));
    browser->setAccessibleName(tr("Licences and third-party notices"));
    browser->setOpenExternalLinks(true);
    browser->setHtml(noticesHtml());
    return browser;
}

QString AboutDialog::noticesHtml()
{
    return tr("<p><b>Appliance DR Runbook</b><br>Copyright © 2026 the Appliance DR Runbook authors. The licence of "
              "the application is named in the LICENSE.txt file that comes with it.</p>"
              "<p>BeyondTrust, Bomgar, Remote Support and Privileged Remote Access are trademarks of BeyondTrust "
              "Corporation. This application is not made or endorsed by BeyondTrust.</p>"
              "<h3>Third-party software</h3>"
              "<p><b>Qt %1</b> (Core, Gui, Widgets, Network, PrintSupport), © The Qt Company Ltd. and other "
              "contributors, used under the GNU Lesser General Public License version 3 (LGPL-3.0). Qt's source "
              "code is available from <a href=\"https://download.qt.io/\">download.qt.io</a>; you may replace the "
              "Qt libraries this application uses with your own build.</p>"
              "<p><b>%2</b>, © The OpenSSL Project Authors, used under the Apache License 2.0 "
              "(<a href=\"https://www.openssl.org/source/license.html\">openssl.org/source/license.html</a>).</p>"
              "<p><b>QtKeychain</b>, © Frank Osterfeld and contributors, used under the BSD 3-Clause License "
              "(<a href=\"https://github.com/frankosterfeld/qtkeychain\">github.com/frankosterfeld/qtkeychain</a>)."
              "</p>"
              "<p>The application's icon was drawn for this project.</p>")
        .arg(QString::fromLatin1(qVersion()), openSslRuntime().version.toHtmlEscaped());
}

} // namespace dr::ui
