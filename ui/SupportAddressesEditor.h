#pragma once

#include "support/SupportAddresses.h"

#include <QGroupBox>

class QLineEdit;

namespace dr::ui {

// The guide's support addresses (general, EMEA, APAC, supervisor, manager) as editable defaults, kept in the
// application's QSettings ("support/addresses/<key>"), so the incident and RMA composers and the printed binder
// all use the operator's current addresses. An emptied field falls back to the guide's address.
class SupportAddressesEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit SupportAddressesEditor(QWidget* parent = nullptr);

    support::SupportAddresses addresses() const;

    // What QSettings holds (the guide's defaults for anything not saved).
    static support::SupportAddresses saved();
    static void save(const support::SupportAddresses& addresses);

signals:
    void addressesChanged();

private:
    void store();
    void display(const support::SupportAddresses& a);

    QLineEdit* m_general = nullptr;
    QLineEdit* m_emea = nullptr;
    QLineEdit* m_apac = nullptr;
    QLineEdit* m_supervisor = nullptr;
    QLineEdit* m_manager = nullptr;
};

} // namespace dr::ui
