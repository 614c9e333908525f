// Reading PDFs back for the print tests: pdftotext / pdfinfo (poppler-utils) through QProcess.
#pragma once

#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace printtest {

inline QString runTool(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(tool, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The pages' text ("\f" separates pages in pdftotext's output).
inline QStringList pdfPages(const QString& pdf, bool layout = false)
{
    QStringList args{pdf, QStringLiteral("-")};
    if (layout)
        args.prepend(QStringLiteral("-layout"));
    QStringList pages = runTool(QStringLiteral("pdftotext"), args).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Text without the running headers and footers, whitespace collapsed, hyphens at line ends joined, so that a
// title wrapped over two lines (or two pages) is found as one string.
inline QString normalized(const QString& text)
{
    QStringList kept;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.contains(QRegularExpression(QStringLiteral("Page \\d+ of \\d+"))) ||
            line.startsWith(QStringLiteral("drrunbook ")))
            continue;
        kept << line;
    }
    QString t = kept.join(QLatin1Char('\n')).normalized(QString::NormalizationForm_KC);
    t.replace(QRegularExpression(QStringLiteral("-\\n\\s*")), QStringLiteral("-"));
    return t.simplified();
}

inline QString flat(const QString& text)
{
    QString t = text;
    t.replace(QRegularExpression(QStringLiteral("-\\n\\s*")), QStringLiteral("-"));
    return t.simplified();
}

// pdftotext joins a word broken after a hyphen and may drop the hyphen ("bomgar-\nb" -> "bomgarb"): compare
// without hyphens.
inline bool containsLoosely(const QString& text, const QString& needle)
{
    auto strip = [](QString s) {
        s.remove(QLatin1Char('-'));
        return s.simplified();
    };
    return strip(text).contains(strip(needle));
}

inline QMap<QString, QString> pdfInfo(const QString& pdf)
{
    QMap<QString, QString> info;
    for (const QString& line : runTool(QStringLiteral("pdfinfo"), {pdf}).split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            info.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return info;
}

} // namespace printtest
