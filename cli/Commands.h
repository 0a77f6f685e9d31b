// opsctl's commands. Each returns the process exit code: 0 ok, 1 refused or failed, 2 usage or
// no instance reachable.
#pragma once

#include "api/ApiClient.h"
#include "core/Endpoints.h"

#include <QStringList>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace opsctl {

struct Context {
    std::unique_ptr<hms::ApiClient> api;
    hms::Endpoints endpoints;
    bool json = false;
    QTextStream out{stdout};
    QTextStream err{stderr};
};

// Looks for --flag VALUE in args, removes both, returns VALUE (or fallback).
QString takeOption(QStringList &args, const QString &flag, const QString &fallback = {});
bool takeFlag(QStringList &args, const QString &flag);

// A JSON label object as `{k="v",k2="v2"}` (empty for no labels), without the label `skip`.
QString labelsText(const QJsonObject &labels, QStringView skip = {});
// Prints the answer's JSON (for --json); returns 0.
int printJson(Context &ctx, const hms::ApiReply &reply);
// Prints a server answer that failed; returns the exit code for it.
int reportFailure(Context &ctx, const hms::ApiReply &reply);

int runCommand(Context &ctx, QStringList args);
// IncidentCommands.cpp: export, comment, link, step, bulk ack, trace, playbook history/diff;
// -1 when `args` is none of them.
int incidentCommandExtra(Context &ctx, QStringList &args);

// Watch.cpp
int incidentWatch(Context &ctx, QStringList args);
int metricWatch(Context &ctx, QStringList args);
int metricRange(Context &ctx, QStringList args);
int ruleTest(Context &ctx, QStringList args);
int silenceCommand(Context &ctx, QStringList args);
// DashboardCommands.cpp
int dashboardCommand(Context &ctx, QStringList args);
// Flood.cpp
int demoFlood(Context &ctx, QStringList args);

} // namespace opsctl
