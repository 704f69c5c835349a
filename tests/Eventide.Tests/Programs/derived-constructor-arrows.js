// Arrows made in a derived constructor before super() see this once super() binds it (9.1.1.3 [[ThisValue]] is shared, not copied).
class A { constructor(f) { this.f = f; this.name = 'a'; } }
class B extends A { constructor() { super(() => this.name); } }
const b = new B();
console.log(b.f());
class C extends A { constructor() { const g = () => this; super(g); console.log(g() === this); } }
new C();
class D extends A { constructor() { let g; try { g = () => this.name; g(); } catch (e) { console.log(e.constructor.name); } super(g); console.log(g()); } }
new D();
class E extends A { constructor() { const init = () => super(); init(); console.log(this.name); try { init(); } catch (e) { console.log(e.message); } } }
new E();
class F extends A { constructor() { const later = () => { super(); return this.name; }; this.later = later; } }
try { new F(); } catch (e) { console.log(e.message); }
let keep;
class G extends A { constructor() { keep = () => this; super(); } }
const g = new G(); console.log(keep() === g);
class H extends A { constructor() { const outer = () => () => this.name; const inner = outer(); super(); console.log(inner()); } }
new H();
