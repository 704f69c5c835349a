import "./dir";
