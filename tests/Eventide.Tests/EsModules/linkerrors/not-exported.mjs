import "exported/sub";
