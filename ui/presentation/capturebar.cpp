#include "capturebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

CaptureBar::CaptureBar(QWidget *parent)
    : QFrame(parent)
    , m_prompt(new QLabel(tr("New card in")))
    , m_laneLabel(new QLabel)
    , m_edit(new QLineEdit)
    , m_hint(new QLabel(tr("↑ ↓ lane · Enter adds · Esc cancels")))
{
    setObjectName(u"captureBar"_s);
    setAutoFillBackground(true);
    setStyleSheet(u"#captureBar { background: #2f3542; border: 2px solid #7cb4ff; border-radius: 12px; }"
                  "QLabel { color: #f2f3f7; } QLineEdit { background: #ffffff; color: #1f2933; border-radius: 6px; padding: 4px 10px; }"_s);
    m_edit->setPlaceholderText(tr("What did the room say?"));
    m_edit->installEventFilter(this);
    m_laneLabel->setTextFormat(Qt::PlainText);
    auto *top = new QHBoxLayout;
    top->addWidget(m_prompt);
    top->addWidget(m_laneLabel, 1);
    top->addWidget(m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 20);
    layout->addLayout(top);
    layout->addWidget(m_edit);
    hide();
}

void CaptureBar::start(const QList<std::pair<Id, QString>> &lanes, Id lane, double fontPixels)
{
    m_lanes = lanes;
    m_index = 0;
    for (int i = 0; i < lanes.size(); ++i) {
        if (lanes.at(i).first == lane)
            m_index = i;
    }
    QFont big = font();
    big.setPixelSize(std::max(12, int(fontPixels)));
    m_edit->setFont(big);
    QFont bold = big;
    bold.setBold(true);
    m_laneLabel->setFont(bold);
    QFont small = big;
    small.setPixelSize(std::max(10, int(fontPixels * 0.7)));
    m_prompt->setFont(small);
    m_hint->setFont(small);
    m_edit->clear();
    showLane();
    show();
    raise();
    m_edit->setFocus();
}

Id CaptureBar::lane() const
{
    return m_lanes.isEmpty() ? 0 : m_lanes.at(m_index).first;
}

void CaptureBar::stop()
{
    hide();
    m_edit->clear();
}

void CaptureBar::showLane()
{
    m_laneLabel->setText(m_lanes.isEmpty() ? QString() : u"◂ %1 ▸"_s.arg(m_lanes.at(m_index).second));
}

bool CaptureBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!m_lanes.isEmpty()) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_index = int((m_index + step + m_lanes.size()) % m_lanes.size());
            showLane();
        }
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QString title = m_edit->text().trimmed();
        if (title.isEmpty())
            return true; // nothing typed yet: Esc leaves
        const Id chosen = lane();
        stop();
        emit accepted(chosen, title);
        return true;
    }
    case Qt::Key_Escape:
        stop();
        emit cancelled();
        return true;
    default:
        return false;
    }
}

} // namespace Waymark
