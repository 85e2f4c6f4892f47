# The CLI keeps secrets in the real keychain: run inside a private D-Bus + gnome-keyring.
desk_add_test(cli LIBS desk_sim Qt6::Network LABELS integration TIMEOUT 900
  DEFINES DESK_CLI_PATH="$<TARGET_FILE:advisory-desk-cli>"
  WRAPPER ${PROJECT_SOURCE_DIR}/tools/with-keyring.sh)
add_dependencies(tst_cli advisory-desk-cli)
# Connecting an OA: `authorize` (PKCE) end to end, secrets on stdin, http refused, private files.
desk_add_test(cliauth LIBS desk_sim Qt6::Network Qt6::Sql LABELS integration TIMEOUT 600
  DEFINES DESK_CLI_PATH="$<TARGET_FILE:advisory-desk-cli>"
  WRAPPER ${PROJECT_SOURCE_DIR}/tools/with-keyring.sh)
add_dependencies(tst_cliauth advisory-desk-cli)
# classify needs no profile and no keychain: the real binary with the default rules.
desk_add_test(cliclassify LIBS Qt6::Core
  DEFINES DESK_CLI_PATH="$<TARGET_FILE:advisory-desk-cli>")
add_dependencies(tst_cliclassify advisory-desk-cli)
# resolve: the rating question queued once on resolve, refusals and exit codes (no keychain:
# the question is only queued).
desk_add_test(cliresolve LIBS desk_store LABELS integration
  DEFINES DESK_CLI_PATH="$<TARGET_FILE:advisory-desk-cli>")
add_dependencies(tst_cliresolve advisory-desk-cli)
# The send path killed with SIGKILL 100 times (`outbox --send`), then resumed: each part once.
desk_add_test(replycrash LIBS desk_sim desk_store Qt6::Network LABELS integration TIMEOUT 300
  DEFINES DESK_CLI_PATH="$<TARGET_FILE:advisory-desk-cli>"
  WRAPPER ${PROJECT_SOURCE_DIR}/tools/with-keyring.sh)
add_dependencies(tst_replycrash advisory-desk-cli)
# Every Zalo refusal through the outbox (in-process and through `reply`), transient ones retried.
desk_add_test(sendrefusal LIBS desk_zalo desk_sim desk_store desk_i18n LABELS integration
  TIMEOUT 300
  DEFINES DESK_CLI_PATH="$<TARGET_FILE:advisory-desk-cli>"
  WRAPPER ${PROJECT_SOURCE_DIR}/tools/with-keyring.sh)
add_dependencies(tst_sendrefusal advisory-desk-cli)
# Three `sync --once` processes on one profile for a minute with 4-second tokens: one refresh
# at a time under the profile's token lock, no refresh token spent twice, every pass ok.
desk_add_test(tokenlock LIBS desk_sim desk_store Qt6::Network LABELS integration TIMEOUT 300
  DEFINES DESK_CLI_PATH="$<TARGET_FILE:advisory-desk-cli>"
  WRAPPER ${PROJECT_SOURCE_DIR}/tools/with-keyring.sh)
add_dependencies(tst_tokenlock advisory-desk-cli)
# team-init and team-user against a real PostgreSQL 15 whose logins need their passwords.
desk_add_test(cliteam LIBS desk_secrets Qt6::Sql LABELS integration TIMEOUT 300
  DEFINES DESK_CLI_PATH="$<TARGET_FILE:advisory-desk-cli>")
if(TARGET tst_cliteam)
  add_dependencies(tst_cliteam advisory-desk-cli)
endif()
# Team mode end to end: team-init, team-user, join, two `serve` processes (one killed 50 times)
# and three staff profiles on a throw-away PostgreSQL, HTTP to the simulator.
desk_add_test(teamservice LIBS desk_sim desk_store Qt6::Network Qt6::Sql LABELS integration postgres
  TIMEOUT 600
  DEFINES DESK_CLI_PATH="$<TARGET_FILE:advisory-desk-cli>"
  WRAPPER ${PROJECT_SOURCE_DIR}/tools/with-keyring.sh)
if(TARGET tst_teamservice)
  add_dependencies(tst_teamservice advisory-desk-cli)
endif()
