#include "SiteEditorPages.h"

#include "SiteFieldForm.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dr::ui {

SiteEditorPages::SiteEditorPages(QWidget* parent) : QWidget(parent), m_profile(&m_empty)
{
    m_appliance = new QComboBox(this);
    m_appliance->setObjectName(QStringLiteral("pagesAppliance"));
    m_appliance->setAccessibleName(tr("Appliance whose /appliance pages are recorded"));
    auto* pick = new QLabel(tr("&Appliance:"), this);
    pick->setBuddy(m_appliance);
    connect(m_appliance, &QComboBox::currentIndexChanged, this, &SiteEditorPages::selectAppliance);

    m_statusForm = new SiteFieldForm(this);
    m_statusForm->addNote(tr("From the /appliance Status page: the guide names every saved screenshot with these."));
    m_version = m_statusForm->addLine(QStringLiteral("appliance_settings.status.appliance_version"),
                                      tr("Appliance &version:"), tr("23.2.4"));
    m_serial = m_statusForm->addLine(QStringLiteral("appliance_settings.status.serial"), tr("&Serial:"));
    m_baseVersion = m_statusForm->addLine(QStringLiteral("appliance_settings.status.base_software_version"),
                                          tr("&Base software version:"), tr("6.2.1"));
    m_systemTime = new QDateTimeEdit(this);
    m_systemTime->setTimeSpec(Qt::UTC);
    m_systemTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    m_systemTime->setCalendarPopup(true);
    m_systemTime->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
    m_systemTime->setSpecialValueText(tr("Not recorded"));
    m_statusForm->addRow(QStringLiteral("appliance_settings.status.system_time"), tr("System &time:"), m_systemTime);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pageTabs"));
    m_tabs->setAccessibleName(tr("/appliance pages to capture"));
    for (const site::PageSpec& spec : site::appliancePageSpecs())
        m_tabs->addTab(buildPage(spec), spec.title);

    auto* top = new QHBoxLayout;
    top->addWidget(pick);
    top->addWidget(m_appliance, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_statusForm);
    layout->addWidget(m_tabs, 1);
}

QWidget* SiteEditorPages::buildPage(const site::PageSpec& spec)
{
    PageWidgets w;
    w.form = new SiteFieldForm(this);
    const QString base = QStringLiteral("appliance_settings.%1").arg(spec.key);
    w.form->addNote(tr("Where: /appliance > %1\n%2").arg(spec.location, spec.guidance));
    w.status = new QComboBox(w.form);
    for (const QString& s : site::kPageStatuses)
        w.status->addItem(site::valueLabel(s), s);
    w.form->addRow(base + QStringLiteral(".status"), tr("&Status:"), w.status);
    for (const site::PageField& f : spec.fields) {
        QWidget* edit =
            f.multiLine
                ? static_cast<QWidget*>(w.form->addText(base + QLatin1Char('.') + f.key, f.label + QLatin1Char(':')))
                : w.form->addLine(base + QLatin1Char('.') + f.key, f.label + QLatin1Char(':'));
        w.fields.insert(f.key, edit);
    }
    w.notes = w.form->addText(base + QStringLiteral(".notes"), tr("&Notes (text data):"));
    w.shots = new QListWidget(w.form);
    w.shots->setMaximumHeight(90);
    auto* shotsBox = new QWidget(w.form);
    auto* v = new QVBoxLayout(shotsBox);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(w.shots);
    auto* buttons = new QHBoxLayout;
    auto* attach = new QPushButton(tr("Attach a scr&eenshot…"), shotsBox);
    attach->setObjectName(QStringLiteral("attach:%1").arg(spec.key));
    auto* remove = new QPushButton(tr("Remove"), shotsBox);
    remove->setAccessibleName(tr("Remove the selected screenshot from the list"));
    buttons->addWidget(attach);
    buttons->addWidget(remove);
    buttons->addStretch();
    v->addLayout(buttons);
    w.form->addRow(base + QStringLiteral(".screenshots"), tr("Screens&hots:"), shotsBox);
    w.shots->setAccessibleName(tr("Screenshots of %1").arg(spec.title));
    const QString key = spec.key;
    connect(attach, &QPushButton::clicked, this, [this, key] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Screenshot to attach"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg);;Text data (*.txt)"));
        QString error;
        if (!file.isEmpty() && !attachScreenshot(key, file, &error))
            m_pages[key].form->showIssues({{site::SiteIssue::Severity::Error,
                                            QStringLiteral("appliance_settings.%1.screenshots").arg(key), error}},
                                          {});
    });
    connect(remove, &QPushButton::clicked, this, [this, key] { delete m_pages[key].shots->currentItem(); });
    m_pages.insert(spec.key, w);
    return w.form;
}

void SiteEditorPages::load(site::SiteProfile& p)
{
    m_profile = &p;
    m_current = -1;
    reloadAppliances();
}

int SiteEditorPages::applianceIndex() const
{
    return m_appliance->currentIndex() < 0 ? -1 : m_appliance->currentData().toInt();
}

QString SiteEditorPages::prefix() const
{
    return QStringLiteral("appliances[%1].").arg(m_current);
}

void SiteEditorPages::reloadAppliances()
{
    saveCurrent();
    const QString was = m_appliance->currentText();
    m_current = -1;
    const QSignalBlocker block(m_appliance);
    m_appliance->clear();
    for (int i = 0; i < m_profile->appliances.size(); ++i) {
        const site::Appliance& a = m_profile->appliances.at(i);
        if (a.hasApplianceInterface() || a.model.isEmpty())
            m_appliance->addItem(a.name.isEmpty() ? tr("(no name)") : a.name, i);
    }
    const int again = m_appliance->findText(was);
    m_appliance->setCurrentIndex(again >= 0 ? again : 0);
    m_current = applianceIndex();
    loadCurrent();
}

void SiteEditorPages::forgetCurrent()
{
    saveCurrent();
    m_current = -1;
}

void SiteEditorPages::commit()
{
    saveCurrent();
}

void SiteEditorPages::selectAppliance(int)
{
    saveCurrent();
    m_current = applianceIndex();
    loadCurrent();
}

void SiteEditorPages::saveCurrent()
{
    if (m_current < 0 || m_current >= m_profile->appliances.size())
        return;
    site::ApplianceSettings& s = m_profile->appliances[m_current].applianceSettings;
    s.status.applianceVersion = m_version->text().trimmed();
    s.status.serial = m_serial->text().trimmed();
    s.status.baseSoftwareVersion = m_baseVersion->text().trimmed();
    s.status.systemTime =
        m_systemTime->dateTime() == m_systemTime->minimumDateTime() ? QDateTime() : m_systemTime->dateTime();
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const PageWidgets& w = it.value();
        site::CapturedPage page = s.page(it.key());
        page.status = w.status->currentData().toString();
        page.fields.clear();
        for (auto f = w.fields.cbegin(); f != w.fields.cend(); ++f) {
            const auto* line = qobject_cast<const QLineEdit*>(f.value());
            const QString v =
                line ? line->text().trimmed() : qobject_cast<const QPlainTextEdit*>(f.value())->toPlainText();
            if (!v.isEmpty())
                page.fields.insert(f.key(), v);
        }
        page.notes = w.notes->toPlainText();
        page.screenshots.clear();
        for (int i = 0; i < w.shots->count(); ++i)
            page.screenshots << w.shots->item(i)->text();
        s.pages.insert(it.key(), page);
    }
}

void SiteEditorPages::loadCurrent()
{
    const bool have = m_current >= 0 && m_current < m_profile->appliances.size();
    m_statusForm->setEnabled(have);
    m_tabs->setEnabled(have);
    const site::ApplianceSettings s =
        have ? m_profile->appliances.at(m_current).applianceSettings : site::ApplianceSettings{};
    m_version->setText(s.status.applianceVersion);
    m_serial->setText(s.status.serial);
    m_baseVersion->setText(s.status.baseSoftwareVersion);
    m_systemTime->setDateTime(s.status.systemTime.isValid() ? s.status.systemTime : m_systemTime->minimumDateTime());
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        const site::CapturedPage page = s.page(it.key());
        PageWidgets& w = it.value();
        w.status->setCurrentIndex(qMax(0, w.status->findData(page.status)));
        for (auto f = w.fields.begin(); f != w.fields.end(); ++f) {
            if (auto* line = qobject_cast<QLineEdit*>(f.value()))
                line->setText(page.fields.value(f.key()));
            else
                qobject_cast<QPlainTextEdit*>(f.value())->setPlainText(page.fields.value(f.key()));
        }
        w.notes->setPlainText(page.notes);
        w.shots->clear();
        w.shots->addItems(page.screenshots);
    }
    site::SiteIssues mine;
    for (site::SiteIssue i : std::as_const(m_issues)) {
        if (!i.path.startsWith(prefix()))
            continue;
        // A finding about a whole page ("not captured yet") is shown under its status.
        const QString rest = i.path.mid(prefix().size());
        if (rest.count(QLatin1Char('.')) == 1 && m_pages.contains(rest.section(QLatin1Char('.'), 1)))
            i.path += QStringLiteral(".status");
        mine << i;
    }
    m_statusForm->showIssues(mine, prefix());
    int tab = 0;
    for (const site::PageSpec& spec : site::appliancePageSpecs()) {
        const int n = m_pages[spec.key].form->showIssues(mine, prefix());
        m_tabs->setTabIcon(tab, n == 0 ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_tabs->setTabToolTip(tab, n == 0 ? QString() : tr("%n finding(s) on this page", nullptr, n));
        ++tab;
    }
}

bool SiteEditorPages::attachScreenshot(const QString& pageKey, const QString& file, QString* error)
{
    saveCurrent();
    if (m_current < 0 || !m_pages.contains(pageKey)) {
        *error = tr("Add an appliance first.");
        return false;
    }
    const site::Appliance& a = m_profile->appliances.at(m_current);
    if (!a.applianceSettings.status.isComplete()) {
        *error = tr("Record the Status page values above first (version, serial, base software version, system "
                    "time): the screenshot is named with them.");
        return false;
    }
    if (m_profilePath.isEmpty()) {
        *error = tr("Save the profile once first: screenshots are kept in a folder beside it.");
        return false;
    }
    const QString name =
        site::ScreenshotName::make(pageKey, a.applianceSettings.status, QFileInfo(file).suffix().toLower()).toString();
    const QString relative =
        QStringLiteral("screenshots/%1/%2").arg(a.name.isEmpty() ? QStringLiteral("appliance") : a.name, name);
    const QString target = site::resolveProfilePath(m_profilePath, relative);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()) || (QFile::exists(target) && !QFile::remove(target)) ||
        !QFile::copy(file, target)) {
        *error = tr("%1 could not be copied to %2. Check that the folder is writable.").arg(file, target);
        return false;
    }
    m_pages[pageKey].shots->addItem(relative);
    if (m_pages[pageKey].status->currentData().toString() == QLatin1String("not_captured"))
        m_pages[pageKey].status->setCurrentIndex(m_pages[pageKey].status->findData(QStringLiteral("captured")));
    saveCurrent();
    return true;
}

int SiteEditorPages::showIssues(const site::SiteIssues& issues)
{
    m_issues = issues;
    loadCurrent();
    int count = 0;
    for (const site::SiteIssue& i : issues)
        count += i.path.contains(QStringLiteral(".appliance_settings")) ? 1 : 0;
    return count;
}

bool SiteEditorPages::focusPath(const QString& path)
{
    for (int c = 0; c < m_appliance->count(); ++c) {
        const QString pre = QStringLiteral("appliances[%1].").arg(m_appliance->itemData(c).toInt());
        if (!path.startsWith(pre))
            continue;
        m_appliance->setCurrentIndex(c);
        if (m_statusForm->focusPath(path, pre))
            return true;
        int tab = 0;
        for (const site::PageSpec& spec : site::appliancePageSpecs()) {
            if (m_pages[spec.key].form->focusPath(path, pre) ||
                path.startsWith(pre + QStringLiteral("appliance_settings.") + spec.key)) {
                m_tabs->setCurrentIndex(tab);
                m_pages[spec.key].form->focusPath(path, pre);
                return true;
            }
            ++tab;
        }
    }
    return false;
}

} // namespace dr::ui
