// Collects every human-readable text a window shows (titles, labels, buttons, group boxes, tabs, tool tips,
// accessible names, placeholders, combo items, item views and their headers, menus) and finds the parts that did
// not go through the translator. Used with a pseudo-translation where every translated text is "⟦source⟧".
#pragma once

#include "common/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolBar>
#include <QWizard>

namespace i18ntest {

inline const QString kOpen = QStringLiteral("\u27E6");
inline const QString kClose = QStringLiteral("\u27E7");

// Qt's own texts (translated by qtbase_*.qm, not by the app's catalog).
inline bool isQtText(const QString& text)
{
    static const QSet<QString> qt = {QStringLiteral("< &Back"),
                                     QStringLiteral("&Back"),
                                     QStringLiteral("Cancel"),
                                     QStringLiteral("&Cancel"),
                                     QStringLiteral("OK"),
                                     QStringLiteral("&OK"),
                                     QStringLiteral("Close"),
                                     QStringLiteral("&Close"),
                                     QStringLiteral("Help"),
                                     QStringLiteral("&Help"),
                                     QStringLiteral("Apply"),
                                     QStringLiteral("&Apply"),
                                     QStringLiteral("&Yes"),
                                     QStringLiteral("&No"),
                                     QStringLiteral("Yes"),
                                     QStringLiteral("No"),
                                     QStringLiteral("Save"),
                                     QStringLiteral("&Save"),
                                     QStringLiteral("Discard"),
                                     QStringLiteral("Reset"),
                                     QStringLiteral("Open"),
                                     QStringLiteral("&Open"),
                                     QStringLiteral("Abort"),
                                     QStringLiteral("Retry"),
                                     QStringLiteral("Ignore"),
                                     QStringLiteral("Yes to &All"),
                                     QStringLiteral("N&o to All"),
                                     QStringLiteral("Restore Defaults"),
                                     QStringLiteral("Show Details..."),
                                     QStringLiteral("Hide Details..."),
                                     QStringLiteral("&Commit"),
                                     QStringLiteral("Commit"),
                                     QStringLiteral("Scroll Left"),
                                     QStringLiteral("Scroll Right")};
    return qt.contains(text);
}

// The words of text that lie outside every ⟦…⟧ and are not data (numbers, URLs, IP addresses, host names, file
// paths, identifiers, product names). Empty when the text is fully translated.
inline QString escapedWords(QString text)
{
    // A language is listed by its own name ("Deutsch", "Français"), in every language: not a text to translate.
    static const QSet<QString> endonyms = [] {
        QSet<QString> names;
        for (const QString& code : dr::i18n::availableLanguages())
            names << dr::i18n::languageDisplayName(code);
        return names;
    }();
    if (endonyms.contains(text.trimmed()))
        return {};
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    // innermost first: a translated text may carry other translated texts as its arguments
    static const QRegularExpression wrapped(QStringLiteral("\u27E6[^\u27E6\u27E7]*\u27E7"));
    for (;;) {
        const QString before = text;
        text.replace(wrapped, QStringLiteral(" "));
        if (text == before)
            break;
    }
    static const QRegularExpression json(QStringLiteral("\\{[^{}]*\\}"));
    for (;;) { // evidence and other JSON objects are data
        const QString before = text;
        text.replace(json, QStringLiteral(" "));
        if (text == before)
            break;
    }
    static const QList<QRegularExpression> data = {
        QRegularExpression(QStringLiteral("[a-z][a-z0-9+.-]*://\\S+")),                  // URLs
        QRegularExpression(QStringLiteral("\\S+@\\S+")),                                 // e-mail
        QRegularExpression(QStringLiteral("\\S*[/\\\\]\\S*")),                           // paths, /login
        QRegularExpression(QStringLiteral("\\b[\\w-]+(\\.[\\w-]+)+\\b")),                // hosts, IPs, files
        QRegularExpression(QStringLiteral("\\b[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){3,}\\b")), // fingerprints
        QRegularExpression(QStringLiteral("\\b[0-9a-fA-F-]{16,}\\b")),                   // GUIDs, hashes
        QRegularExpression(QStringLiteral("\\b\\w*\\d\\w*\\b")),                         // 12, B300, 3DES
        QRegularExpression(QStringLiteral("\\b[a-z]+(_[a-z0-9]+)+\\b")),                 // ids, API names
        QRegularExpression(QStringLiteral("^\\s*[A-Z]{2,3}\\s*$")), // a country or region code: US, DE
    };
    for (const QRegularExpression& re : data)
        text.replace(re, QStringLiteral(" "));
    static const QSet<QString> names = {
        QStringLiteral("BeyondTrust"), QStringLiteral("Bomgar"), QStringLiteral("Qt"),  QStringLiteral("OpenSSL"),
        QStringLiteral("drrunbook"),   QStringLiteral("TLS"),    QStringLiteral("SHA"), QStringLiteral("DR"),
        QStringLiteral("UTC"),         QStringLiteral("PEM"),    QStringLiteral("DNS"), QStringLiteral("API")};
    static const QRegularExpression word(QStringLiteral("[A-Za-z\\x{00C0}-\\x{024F}]{2,}"));
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (!names.contains(w))
            out << w;
    }
    return out.join(QLatin1Char(' '));
}

struct Escape
{
    QString where; // window > widget path and property
    QString text;
};

class Walker
{
public:
    QList<Escape> escapes;
    int textsSeen = 0;

    // dataLike: combo items and item-view cells, which also show values from the appliances (lab appliance names
    // such as "primary", API values such as "success"): a lone lower-case word, or one in parentheses, is data.
    void check(const QString& where, const QString& text, bool dataLike = false)
    {
        if (text.trimmed().isEmpty() || isQtText(text))
            return;
        ++textsSeen;
        QString t = text;
        if (dataLike) {
            static const QRegularExpression inParens(QStringLiteral("\\([a-z0-9 ._:-]*\\)"));
            static const QRegularExpression lone(QStringLiteral("^\\s*[a-z][a-z0-9_-]*\\s*"));
            t.replace(inParens, QStringLiteral(" "));
            t.replace(lone, QStringLiteral(" "));
        }
        const QString words = escapedWords(t);
        if (!words.isEmpty())
            escapes.append({where, text});
    }

    static QString name(const QObject* o)
    {
        const QString n = o->objectName();
        return QString::fromLatin1(o->metaObject()->className()) + (n.isEmpty() ? QString() : QLatin1Char('#') + n);
    }

    void walkActions(const QString& where, const QList<QAction*>& actions)
    {
        for (QAction* a : actions) {
            if (a->isSeparator())
                continue;
            check(where + QStringLiteral(" action text"), a->text());
            if (a->toolTip() != a->text() && !a->toolTip().isEmpty()) {
                QString plain = a->text();
                plain.remove(QLatin1Char('&'));
                if (a->toolTip() != plain && !a->toolTip().startsWith(plain))
                    check(where + QStringLiteral(" action tooltip"), a->toolTip());
            }
            if (QMenu* m = a->menu()) {
                check(where + QStringLiteral(" menu title"), m->title());
                walkActions(where + QStringLiteral(" > ") + m->title(), m->actions());
            }
        }
    }

    void walkModel(const QString& where, const QAbstractItemModel* model)
    {
        if (!model)
            return;
        for (int c = 0; c < model->columnCount(); ++c)
            check(where + QStringLiteral(" header %1").arg(c), model->headerData(c, Qt::Horizontal).toString());
        const int rows = qMin(model->rowCount(), 50);
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex i = model->index(r, c);
                check(where + QStringLiteral(" cell %1,%2").arg(r).arg(c), i.data(Qt::DisplayRole).toString(), true);
                check(where + QStringLiteral(" cell tooltip %1,%2").arg(r).arg(c), i.data(Qt::ToolTipRole).toString(),
                      true);
            }
        }
    }

    void walkWidget(const QString& window, QWidget* w)
    {
        // Qt's own dialogs (translated by Qt's catalog)
        for (const char* qtDialog : {"QFileDialog", "QPrintPreviewDialog", "QPrintDialog", "QPageSetupDialog",
                                     "QColorDialog", "QFontDialog"}) {
            if (w->inherits(qtDialog))
                return;
        }
        const QString where = window + QStringLiteral(" > ") + name(w);
        if (w->isWindow() || qobject_cast<QDockWidget*>(w))
            check(where + QStringLiteral(" window title"), w->windowTitle());
        check(where + QStringLiteral(" tooltip"), w->toolTip());
        check(where + QStringLiteral(" accessible name"), w->accessibleName());
        check(where + QStringLiteral(" accessible description"), w->accessibleDescription());
        check(where + QStringLiteral(" status tip"), w->statusTip());
        if (auto* l = qobject_cast<QLabel*>(w))
            check(where + QStringLiteral(" text"), l->text());
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            check(where + QStringLiteral(" text"), b->text());
        if (auto* g = qobject_cast<QGroupBox*>(w))
            check(where + QStringLiteral(" title"), g->title());
        if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i) {
                check(where + QStringLiteral(" tab %1").arg(i), t->tabText(i));
                check(where + QStringLiteral(" tab tooltip %1").arg(i), t->tabToolTip(i));
            }
        }
        if (auto* e = qobject_cast<QLineEdit*>(w))
            check(where + QStringLiteral(" placeholder"), e->placeholderText());
        if (auto* e = qobject_cast<QTextEdit*>(w)) {
            check(where + QStringLiteral(" placeholder"), e->placeholderText());
            if (e->isReadOnly())
                check(where + QStringLiteral(" text"), e->toPlainText());
        }
        if (auto* e = qobject_cast<QPlainTextEdit*>(w)) {
            check(where + QStringLiteral(" placeholder"), e->placeholderText());
            if (e->isReadOnly())
                check(where + QStringLiteral(" text"), e->toPlainText());
        }
        if (auto* c = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < c->count(); ++i)
                check(where + QStringLiteral(" item %1").arg(i), c->itemText(i), true);
        }
        if (auto* s = qobject_cast<QAbstractSpinBox*>(w))
            check(where + QStringLiteral(" special value"), s->specialValueText());
        if (auto* s = qobject_cast<QSpinBox*>(w)) {
            check(where + QStringLiteral(" prefix"), s->prefix());
            check(where + QStringLiteral(" suffix"), s->suffix());
        }
        if (auto* v = qobject_cast<QAbstractItemView*>(w); v && !qobject_cast<QHeaderView*>(w))
            walkModel(where, v->model());
        if (auto* p = qobject_cast<QWizardPage*>(w)) {
            check(where + QStringLiteral(" page title"), p->title());
            check(where + QStringLiteral(" page subtitle"), p->subTitle());
        }
        if (auto* m = qobject_cast<QMenuBar*>(w))
            walkActions(where, m->actions());
        if (auto* m = qobject_cast<QMenu*>(w))
            walkActions(where, m->actions());
        if (auto* t = qobject_cast<QToolBar*>(w))
            walkActions(where, t->actions());
        if (auto* b = qobject_cast<QPushButton*>(w); b && b->menu())
            walkActions(where + QStringLiteral(" button menu"), b->menu()->actions());
        for (QObject* child : w->children()) {
            auto* cw = qobject_cast<QWidget*>(child);
            if (cw && !cw->isWindow())
                walkWidget(window, cw);
        }
    }

    // Every visible top-level widget (main window, dialogs, wizards) and everything in it.
    void walkTopLevels()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (!w->isVisible() || qobject_cast<QMenu*>(w))
                continue;
            walkWidget(name(w), w);
        }
    }

    QString report() const
    {
        QStringList lines;
        QSet<QString> seen;
        for (const Escape& e : escapes) {
            const QString line = e.where + QStringLiteral(": \"") + e.text + QLatin1Char('"');
            if (!seen.contains(line)) {
                seen.insert(line);
                lines << line;
            }
        }
        return lines.join(QLatin1Char('\n'));
    }
};

} // namespace i18ntest
