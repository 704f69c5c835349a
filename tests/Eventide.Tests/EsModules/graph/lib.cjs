exports.hello = () => "hi from cjs"; exports.other = 1;
