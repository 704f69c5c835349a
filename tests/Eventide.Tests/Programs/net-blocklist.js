// net.BlockList (addresses, ranges, subnets, IPv4 rules against mapped IPv6, rules newest first, inspect) and net.SocketAddress (defaults, validation, toJSON, inspect).
const net = require('net');
const b = new net.BlockList();
b.addAddress('123.123.123.123');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
b.addAddress('::1', 'ipv6');
b.addSubnet(new net.SocketAddress({ address: '192.168.0.0' }), 16);
console.log(b.rules);
console.log(b.check('123.123.123.123'), b.check('10.0.0.3'), b.check('222.111.111.222'), b.check('8592:757c:efae:4e45:f::', 'ipv6'), b.check('::ffff:7b7b:7b7b', 'ipv6'), b.check('::ffff:123.123.123.123', 'ipv6'), b.check('192.168.4.4'), b.check('::1', 'ipv6'), b.check('::1'));
console.log(b);
const sa = new net.SocketAddress({ address: '::1', port: 8080, family: 'ipv6', flowlabel: 3 });
console.log(sa, sa.address, sa.port, sa.family, sa.flowlabel, JSON.stringify(sa), net.SocketAddress.isSocketAddress(sa), net.BlockList.isBlockList);
console.log(new net.SocketAddress());
console.log(Object.keys(net.SocketAddress.prototype), Object.getOwnPropertyNames(net.SocketAddress.prototype));
console.log(Object.getOwnPropertyNames(net.BlockList.prototype), Object.getOwnPropertyNames(net.SocketAddress));
for (const f of [() => b.addAddress(1), () => b.addAddress('1.1.1.1', 'ipv5'), () => b.addSubnet('1.1.1.1', 33), () => b.addRange('10.0.0.10', '10.0.0.1'), () => new net.SocketAddress({ family: 'x' }), () => new net.SocketAddress({ port: 70000 }), () => new net.SocketAddress({ address: 'zzz' }), () => new net.SocketAddress(1), () => b.check('zzz'), () => b.addAddress('zz')])
  try { console.log(f()); } catch (e) { console.log(`${e.name} [${e.code}]: ${e.message}`); }
console.log(require('util').inspect(b, { depth: 0 }), require('util').inspect(sa, { depth: -1 }));
const b2 = new net.BlockList();
b2.addSubnet('::ffff:0:0', 96, 'ipv6');
console.log(b2.check('1.2.3.4'), b2.check('::ffff:1.2.3.4', 'ipv6'));
const c = new net.BlockList();
c.addAddress('1.2.3.4');
console.log(c.check('::ffff:1.2.3.4', 'ipv6'), c.check('::ffff:102:304', 'ipv6'), c.check('1.2.3.4', 'IPv4'), c.check(new net.SocketAddress({address:'1.2.3.4'})));
c.addRange('::1', '::5', 'ipv6'); c.addSubnet('10.0.0.0', 8);
console.log(c.check('::3', 'ipv6'), c.check('10.200.1.1'), c.rules);
try { c.check('1.2.3.4', 'ipv9') } catch (e) { console.log(e.message) }
try { c.addSubnet('10.0.0.0', 'x') } catch (e) { console.log(e.message) }
try { c.addRange(1, 2) } catch (e) { console.log(e.message) }
try { c.check(5) } catch (e) { console.log(e.message) }
try { new net.SocketAddress({ address: '::1' }) } catch (e) { console.log(e.message) }
try { new net.SocketAddress({ flowlabel: -1 }) } catch (e) { console.log(e.message) }
try { new net.SocketAddress({ address: 5 }) } catch (e) { console.log(e.message) }
