import { describe, expect, it } from 'vitest';
import { declaredDagIds, findCollisions } from './collisions.ts';

describe('declaredDagIds', () => {
  it.each([
    ['with DAG(dag_id="etl") as dag:', ['etl']],
    ["with DAG(dag_id='etl', schedule=None):", ['etl']],
    ['dag = DAG(\n    dag_id = "etl",\n)', ['etl']],
    ['with DAG("etl", schedule="@daily"):', ['etl']],
    ["with DAG( 'etl' ):", ['etl']],
    ['@dag(dag_id="etl", schedule=None)\ndef pipeline(): ...', ['etl']],
    ['@dag(\n  dag_id="etl",\n)\ndef pipeline(): ...', ['etl']],
    ['my_dag_id = "etl"', []],
    ['with DAG(dag_id=f"etl_{env}"):', []],
    ['with DAG(dag_id=NAME):', []],
    ['x = MyDAG("etl")', []],
    ['DAG("a")\nDAG(dag_id="b")\nDAG("a")', ['a', 'b']],
  ])('%j declares %j', (source, ids) => {
    expect(declaredDagIds(source)).toEqual(ids);
  });

  it('counts a declaration inside a comment (documented; --force covers it)', () => {
    expect(declaredDagIds('# old: DAG(dag_id="etl")')).toEqual(['etl']);
  });
});

describe('findCollisions', () => {
  const files = [
    { key: 'dags/etl.py', source: 'DAG(dag_id="etl")' },
    { key: 'dags/legacy_etl.py', source: "DAG('etl')" },
    { key: 'dags/other.py', source: 'DAG(dag_id="other")' },
    { key: 'dags/etl_v2.py', source: 'DAG(dag_id="etl_v2")' },
  ];

  it('names every other file that declares the dag_id, never our own key', () => {
    expect(findCollisions('etl', 'dags/etl.py', files)).toEqual(['dags/legacy_etl.py']);
  });

  it('matches whole ids only', () => {
    expect(findCollisions('etl_v', 'dags/etl_v.py', files)).toEqual([]);
  });

  it('finds none when the id is new', () => {
    expect(findCollisions('fresh', 'dags/fresh.py', files)).toEqual([]);
  });
});
