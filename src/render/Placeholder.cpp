namespace salvo::render { int placeholder() { return 0; } }
