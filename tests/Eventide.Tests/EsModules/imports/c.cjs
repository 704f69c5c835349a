const {u} = require("#util")
