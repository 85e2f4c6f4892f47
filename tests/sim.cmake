# SPDX-License-Identifier: GPL-3.0-or-later
desk_add_test(simulator LIBS desk_sim Qt6::Network LABELS integration)
desk_add_test(simunits LIBS desk_sim LABELS unit)
desk_add_test(simtool LIBS Qt6::Network LABELS integration
  DEFINES ZALO_OA_SIM="$<TARGET_FILE:zalo-oa-sim>")
add_dependencies(tst_simtool zalo-oa-sim)
