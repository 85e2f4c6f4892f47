# SPDX-License-Identifier: GPL-3.0-or-later
# Reports: business hours and periods (core), metrics over a real SQLite store in a
# QTemporaryDir, XLSX / CSV export read back by independent readers, the CLI report command.
desk_add_test(businesshours LIBS desk_core)
desk_add_test(reportperiod LIBS desk_core)
desk_add_test(metrics LIBS desk_reports BACKENDS sqlite postgres)
desk_add_test(xlsxexport LIBS desk_reports)
desk_add_test(csvexport LIBS desk_reports)
# The real binary on a small profile; `report` reads the store only (no keychain).
desk_add_test(clireport LIBS desk_store LABELS integration
  DEFINES DESK_CLI_PATH="$<TARGET_FILE:advisory-desk-cli>")
add_dependencies(tst_clireport advisory-desk-cli)
