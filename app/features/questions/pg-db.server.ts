/**
 * Kysely over the pg pool Prisma's adapter uses (pgPool() in
 * platform/db.server.ts), for the intake path's typed SQL, and what that
 * path needs around it: statements built and compiled once, unnest() of
 * typed arrays, and an INSERT ... SELECT whose selected values are checked
 * against the table.
 */
import {
  expressionBuilder,
  Kysely,
  PostgresDialect,
  sql,
  ValueNode,
  type AliasedRawBuilder,
  type Compilable,
  type CompiledQuery,
  type Expression,
  type ExpressionBuilder,
  type InsertQueryBuilder,
  type InsertResult,
  type Insertable,
  type OperationNode,
  type QueryCreator,
} from "kysely";
import type pg from "pg";
import type { Database } from "./pg-schema.ts";

const instances = new WeakMap<pg.Pool, Kysely<Database>>();

/** The Kysely instance of a pool, made once. It never ends the pool: Prisma does, on disconnect. */
export function kyselyOf(pool: pg.Pool): Kysely<Database> {
  let k = instances.get(pool);
  if (!k) instances.set(pool, (k = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })));
  return k;
}

// ------------------------------------------------------------- statements compiled once

/** A parameter of a statement, filled with a value at each execution. */
class Slot<T> implements Expression<T> {
  constructor(readonly name: string) {}
  get expressionType(): T | undefined {
    return undefined;
  }
  toOperationNode(): OperationNode {
    // The slot itself stands as the parameter's value in the compiled query.
    return ValueNode.create(this);
  }
}

/** The parameters of a statement as the builder sees them: expressions, whose values are known only when it runs. */
export type Params<P> = { readonly [K in keyof P]: Expression<P[K]> };

/**
 * A statement whose shape does not depend on its values (lists travel as one
 * array parameter each), built and compiled once per Kysely instance; each
 * execution only puts its values in the parameters' places. Building and
 * compiling the intake's statements anew took 0.4-0.8 ms of the main thread
 * per batch (the write alone 0.1-0.25 ms); filling the slots is one pass over
 * some thirty parameters.
 * The values must reach the builder only as the expressions given here,
 * never be looked into: they do not exist yet.
 */
export function statement<P extends Record<string, unknown>, O>(
  build: (db: Kysely<Database>, p: Params<P>) => Compilable<O>,
) {
  const compiled = new WeakMap<Kysely<Database>, CompiledQuery<O>>();
  return async (db: Kysely<Database>, values: P): Promise<O[]> => {
    let c = compiled.get(db);
    if (!c) {
      const slots = new Proxy({} as Params<P>, { get: (_, name) => new Slot(String(name)) });
      compiled.set(db, (c = build(db, slots).compile()));
    }
    const parameters = c.parameters.map((v) => {
      if (!(v instanceof Slot)) return v;
      if (!(v.name in values)) throw new Error(`No value for the statement's parameter ${v.name}`);
      return values[v.name];
    });
    return (await db.executeQuery<O>({ ...c, parameters })).rows;
  };
}

// ------------------------------------------------------------- values

/** A timestamp column read as UTC text, as plainView takes it ("2026-01-02T03:04:05.678Z"). */
export const utc = (column: Expression<Date>) => sql<string>`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A Date as the UTC text a Timestamp column takes, with no zone for the server to apply. */
export const pgTime = (d: Date) => d.toISOString().replace("Z", "");

/** One array as one parameter of a PostgreSQL array type (for unnest or `= ANY`). */
export const texts = <T extends string | null>(values: Expression<readonly T[]>) => sql<T[]>`${values}::text[]`;
export const bools = (values: Expression<readonly boolean[]>) => sql<boolean[]>`${values}::boolean[]`;
/** Timestamps as UTC text (pgTime), read as timestamp(3): the elements are what a Timestamp column takes. */
export const timestamps = (values: Expression<readonly string[]>) => sql<string[]>`${values}::timestamp(3)[]`;

type UnnestRow<C extends Record<string, Expression<readonly unknown[]>>, N extends string> = {
  [K in keyof C]: C[K] extends Expression<readonly (infer E)[]> ? E : never;
} & { [K in N]: number };

/**
 * `unnest($1::text[], $2::boolean[], …) [WITH ORDINALITY] AS alias(col, …)`: a table of
 * rows from parallel arrays, one parameter per column whatever the number of rows. With
 * `ordinality`, a last column of that name numbers the rows from 1.
 */
export function unnest<
  A extends string,
  C extends Record<string, Expression<readonly unknown[]>>,
  N extends string = never,
>(alias: A, columns: C, ordinality?: N): AliasedRawBuilder<UnnestRow<C, N>, A> {
  const names = Object.keys(columns);
  const list = sql.join([...names, ...(ordinality ? [ordinality] : [])].map((n) => sql.id(n)));
  return sql<
    UnnestRow<C, N>
  >`unnest(${sql.join(Object.values(columns))})${ordinality ? sql` WITH ORDINALITY` : sql``}`.as<A>(
    sql`${sql.id(alias)}(${list})`,
  );
}

// ------------------------------------------------------------- insert ... select

/**
 * What an INSERT ... SELECT into a table selects: an expression of each column's insert type, the required
 * columns all there.
 */
export type InsertRow<T extends keyof Database> = {
  [K in keyof Insertable<Database[T]>]: Expression<Insertable<Database[T]>[K]>;
};

/**
 * `INSERT INTO table (col, …) SELECT expr, … FROM source`. Kysely checks the column list of an
 * insert-select but not what is selected into it; here the row is keyed by column and each
 * expression typed as its column, so a misspelled or missing column, or a value of the wrong
 * type, fails the typecheck.
 */
export function insertSelect<
  DB extends Database,
  T extends keyof Database & string,
  R,
  A extends string,
  Row extends InsertRow<T>,
>(
  qc: QueryCreator<DB>,
  table: T,
  source: AliasedRawBuilder<R, A>,
  // A key that is no column of the table must be an error too, which a returned object is not spared otherwise.
  row: (
    eb: ExpressionBuilder<DB & { [K in A]: R }, A>,
  ) => Row & { [K in Exclude<keyof Row, keyof InsertRow<T>>]: never },
): InsertQueryBuilder<DB, T, InsertResult> {
  // The signature carries the types; the builder calls below cannot follow a generic table and are untyped.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the signature above carries the types
  const q = qc as unknown as QueryCreator<any>;
  const values = Object.entries(row(expressionBuilder() as never) as Record<string, Expression<unknown>>);
  const select = q.selectFrom(source).select(values.map(([column, e]) => sql`${e}`.as(column)));
  return q
    .insertInto(table)
    .columns(values.map(([column]) => column))
    .expression(select) as never;
}
