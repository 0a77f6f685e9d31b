// Playbooks: Markdown documents attached to incidents by id (the seed's pb_aid_latency).
#pragma once

#include <QString>
#include <QStringList>

namespace hms {

struct Playbook {
    QString id;        // "pb_aid_latency"
    QString title;     // first heading's text, e.g. "Playbook: pb_aid_latency"
    QString markdown;  // the whole document
    QStringList steps; // the numbered list items of the document, in order, without "1. "
};

// One saved version of a playbook (ops.db playbook_versions): every save is kept.
struct PlaybookVersion {
    QString id;
    int version = 0;     // 1, 2, ...
    QString markdown;
    qint64 savedAt = 0;  // ms since the epoch
    QString savedBy;     // the editor's user name, or "import: FILE"
};

// What a save did: the new version, or why not. `conflict`: someone saved `latest` after the
// version the editor started from; nothing was stored.
struct PlaybookSave {
    int version = 0;
    QString error;
    bool conflict = false;
    PlaybookVersion latest;
};

struct PlaybookParseResult {
    Playbook playbook;
    QString error; // empty on success
};

// The id is taken from a first-level heading "# Playbook: <id>"; otherwise from the file's
// base name. An id must match [A-Za-z0-9_.-]+; an empty document or one over 1 MiB is an error.
PlaybookParseResult parsePlaybook(const QString &markdown, const QString &fileName);

} // namespace hms
