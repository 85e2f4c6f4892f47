# SPDX-License-Identifier: GPL-3.0-or-later
desk_add_test(simulator LIBS desk_sim Qt6::Network LABELS integration)
desk_add_test(simunits LIBS desk_sim LABELS unit)
