// drui: the Qt Widgets user interface. Real widgets are added beside this file.
