desk_add_test(textfold LIBS desk_core)
