const v = 42; export { v as "string name" };
