#pragma once

#include <QDialog>
#include <QMap>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QPushButton;

namespace dr::ui {

// "Something is down": two short questions in the operator's words that pick the scenario to open (and the facts
// the answers already settle, so the wizard does not ask them again). Not modal: the dashboard stays usable.
class TriageDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        QString scenarioId; // empty: the answers are not complete yet
        QMap<QString, QString> facts;
    };

    explicit TriageDialog(QWidget* parent = nullptr);

    // what: pair | hardware | virtual | cloud | atlas; detail: the second answer (spare: cold_spare | none;
    // cloud: starter_service | cloud_appliance), ignored where there is no second question.
    static Choice pick(const QString& what, const QString& detail);
    Choice choice() const;

signals:
    void scenarioChosen(const QString& scenarioId, const QMap<QString, QString>& facts);

private:
    QButtonGroup* addQuestion(QGroupBox* box, const QList<QPair<QString, QString>>& options);
    void update();

    QButtonGroup* m_what = nullptr;
    QGroupBox* m_spareBox = nullptr;
    QButtonGroup* m_spare = nullptr;
    QGroupBox* m_cloudBox = nullptr;
    QButtonGroup* m_cloud = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace dr::ui
