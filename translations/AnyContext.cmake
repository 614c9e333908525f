# cmake -DIN=drrunbook_de.ts -DOUT=drrunbook-anycontext_de.ts -P AnyContext.cmake
# Writes the catalog with every context named "*" (see CMakeLists.txt): lrelease keeps the first translation of a
# source text that appears in several contexts.
file(READ "${IN}" ts)
string(REGEX REPLACE "<name>[^<]*</name>" "<name>*</name>" ts "${ts}")
file(WRITE "${OUT}" "${ts}")
