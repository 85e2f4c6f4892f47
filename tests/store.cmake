# SPDX-License-Identifier: GPL-3.0-or-later
# Store tests use real SQLite files in a QTemporaryDir (no mocks).
desk_add_test(store LIBS desk_store BACKENDS sqlite postgres)
desk_add_test(migrations LIBS desk_store)
desk_add_test(search LIBS desk_store BACKENDS sqlite postgres)
desk_add_test(storeops LIBS desk_store BACKENDS sqlite postgres)
desk_add_test(directory LIBS desk_store BACKENDS sqlite postgres)
desk_add_test(outbox LIBS desk_store BACKENDS sqlite postgres)
# The inbox's second line: newest message and undelivered replies per case.
desk_add_test(inboxlines LIBS desk_store BACKENDS sqlite postgres)
desk_add_test(casework LIBS desk_store BACKENDS sqlite postgres)
desk_add_test(clocks LIBS desk_store BACKENDS sqlite postgres)
desk_add_test(similaranswers LIBS desk_store BACKENDS sqlite postgres)
desk_add_test(replyvalues LIBS desk_store BACKENDS sqlite postgres)
desk_add_test(caseautomation LIBS desk_store BACKENDS sqlite postgres)
# The throw-away PostgreSQL 15 server of the team-mode tests (tests/support/pgcluster.h);
# registered for both backends so two of its programs run side by side under ctest -j.
desk_add_test(pgcluster LIBS Qt6::Sql LABELS integration BACKENDS sqlite postgres)
# Who may do what in a team database: each role's logins against a real PostgreSQL 15.
desk_add_test(teamschema LIBS desk_store Qt6::Sql LABELS integration)
desk_add_test(caseversion LIBS desk_store BACKENDS sqlite postgres)
# Colleagues live on a team database: LISTEN/NOTIFY, presence, reconnect after a restart.
desk_add_test(livefeed LIBS desk_store LABELS integration postgres)
