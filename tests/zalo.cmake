# SPDX-License-Identifier: GPL-3.0-or-later
desk_add_test(zalojson LIBS desk_zalo LABELS unit)
desk_add_test(authorization LIBS desk_zalo LABELS unit)
# Against the Zalo OA simulator over HTTP on 127.0.0.1 (SimulatorHost runs it in a thread).
desk_add_test(zaloclient LIBS desk_zalo desk_sim LABELS integration TIMEOUT 240)
desk_add_test(zalosend LIBS desk_zalo desk_sim LABELS integration TIMEOUT 240)
desk_add_test(sync LIBS desk_zalo desk_sim desk_store LABELS integration TIMEOUT 600)
desk_add_test(outboxsender LIBS desk_zalo desk_sim LABELS integration TIMEOUT 240)
# One case from the citizen's message to the rating, through sync passes against the simulator.
desk_add_test(wholecase LIBS desk_zalo desk_sim desk_store LABELS integration TIMEOUT 240)
# Every row kind a real OA sends: stored, kept raw, searchable where it carries text.
desk_add_test(syncshapes LIBS desk_zalo desk_sim desk_store LABELS integration TIMEOUT 300)
