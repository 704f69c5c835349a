'use strict';
// graphql-js: schema from SDL, execution with async resolvers, validation errors, introspection, printing.
const g = require('graphql');
const show = (label, value) => console.log(label, JSON.stringify(value));
const schema = g.buildSchema(`
  type Query {
    hello(name: String = "world"): String
    user(id: ID!): User
    users(limit: Int): [User!]!
    search(term: String!): [SearchResult]
  }
  type Mutation { rename(id: ID!, name: String!): User }
  interface Node { id: ID! }
  type User implements Node { id: ID! name: String friends: [User] role: Role }
  type Post implements Node { id: ID! title: String }
  union SearchResult = User | Post
  enum Role { ADMIN USER }
  input Filter { min: Int = 0, tags: [String!] }
`);
const users = { 1: { id: '1', name: 'Ada', friendIds: ['2'], role: 'ADMIN' }, 2: { id: '2', name: 'Alan', friendIds: ['1'], role: 'USER' } };
const delay = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
const userResolver = (u) => u && { ...u, friends: () => u.friendIds.map(id => delay(1, userResolver(users[id]))) };
const root = {
  hello: ({ name }) => `Hello ${name}`,
  user: async ({ id }) => { await delay(2); return userResolver(users[id]); },
  users: ({ limit }) => Object.values(users).slice(0, limit || 10).map(userResolver),
  search: ({ term }) => [{ __typename: 'User', ...users[1] }, { __typename: 'Post', id: 'p1', title: term }],
  rename: ({ id, name }) => { users[id].name = name; return userResolver(users[id]); },
};
async function main() {
  show('hello', await g.graphql({ schema, source: '{ hello, other: hello(name: "Bob") }', rootValue: root }));
  show('nested async', await g.graphql({ schema, source: 'query Q($id: ID!) { user(id: $id) { name role friends { name friends { id } } } }', rootValue: root, variableValues: { id: 1 } }));
  show('list', await g.graphql({ schema, source: '{ users(limit: 1) { id ...F } } fragment F on User { name }', rootValue: root }));
  show('union', await g.graphql({ schema, source: '{ search(term: "t") { __typename ... on User { name } ... on Post { title } } }', rootValue: root }));
  show('mutation', await g.graphql({ schema, source: 'mutation { rename(id: "2", name: "Turing") { id name } }', rootValue: root }));
  show('validation errors', (await g.graphql({ schema, source: '{ user { nope } hello(x: 1) }', rootValue: root })).errors.map(e => [e.message, e.locations]));
  show('syntax error', (await g.graphql({ schema, source: '{ user(id: ) }' })).errors.map(e => e.message));
  show('resolver error', await g.graphql({ schema, source: '{ user(id: "1") { name } hello }', rootValue: { ...root, user: () => { throw new Error('db down'); } } }));
  show('null for non-null', (await g.graphql({ schema, source: '{ users { id name } }', rootValue: { users: () => [{ id: null }] } })).errors[0].message);
  show('variables coercion', (await g.graphql({ schema, source: 'query ($id: ID!) { user(id: $id) { name } }', rootValue: root, variableValues: {} })).errors[0].message);
  const intro = await g.graphql({ schema, source: g.getIntrospectionQuery() });
  show('introspection types', intro.data.__schema.types.map(t => t.name).filter(n => !n.startsWith('__')).sort());
  show('print roundtrip', g.printSchema(g.buildClientSchema(intro.data)) === g.printSchema(schema));
  const doc = g.parse('query A { a: user(id: "1") { ...on User { name } } }');
  show('print', g.print(doc));
  show('visit', (() => { const names = []; g.visit(doc, { Field: { enter(node) { names.push(node.name.value); } } }); return names; })());
  show('validate', g.validate(schema, g.parse('{ hello unknownField }')).map(e => e.message));
  const Query = new g.GraphQLObjectType({ name: 'Query', fields: { sum: { type: g.GraphQLInt, args: { a: { type: new g.GraphQLNonNull(g.GraphQLInt) }, b: { type: g.GraphQLInt, defaultValue: 10 } }, resolve: (_, { a, b }) => a + b }, now: { type: g.GraphQLString, resolve: () => delay(1, 'later') } } });
  const code = new g.GraphQLSchema({ query: Query });
  show('code-first', await g.graphql({ schema: code, source: '{ sum(a: 5) s2: sum(a: 1, b: 2) now }' }));
  show('scalars', [g.GraphQLInt.parseValue(5), (() => { try { return g.GraphQLInt.parseValue(2 ** 31); } catch (e) { return e.message; } })(), g.GraphQLFloat.serialize('1.5'), g.GraphQLBoolean.serialize(0), g.GraphQLID.serialize(7)]);
  show('subscription-free execute sync', g.executeSync({ schema: code, document: g.parse('{ sum(a: 1) }') }));
}
main().catch(e => { console.log('FAILED', e && e.stack); process.exitCode = 1; });
