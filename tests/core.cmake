desk_add_test(textfold LIBS desk_core)
desk_add_test(casecode LIBS desk_core)
desk_add_test(replywindow LIBS desk_core)
desk_add_test(profile LIBS desk_core)
