import { graphql } from '../../api/client.js';
import { GRAPH_OVERVIEW } from '../../api/queries.js';
import { ErrorState, Loading } from '../../components/status.js';
import { useAsync } from '../../components/use-async.js';
import { FAMILY_LABEL } from '../../model/labels.js';
import { edgeLabel, NODE_KIND_LABEL } from '../../model/graph-labels.js';

const kindName = (kind: string) => NODE_KIND_LABEL[kind] ?? kind;

/**
 * « Vue d'ensemble »: the whole graph summed up instead of drawn (a drawing of every node is a
 * hairball): how many nodes of each kind, roles by path family, and links by kind and type.
 */
export function GraphOverview() {
  const overview = useAsync('overview', (_, signal) =>
    graphql(GRAPH_OVERVIEW, {}, signal).then((d) => d.graphOverview),
  );
  if (overview.state.status === 'error')
    return <ErrorState error={overview.state.error} retry={overview.retry} />;
  if (overview.state.status !== 'ready') return <Loading label="Calcul de la vue d’ensemble…" />;
  const { kinds, families, links } = overview.state.data;
  return (
    <section class="overview" aria-labelledby="overview-title">
      <h3 id="overview-title">Vue d’ensemble du graphe</h3>
      <div class="overview-grid">
        <table>
          <caption>Nœuds par type</caption>
          <tbody>
            {kinds.map((k) => (
              <tr key={k.kind}>
                <th scope="row">{kindName(k.kind)}</th>
                <td>{k.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>Métiers par piste</caption>
          <tbody>
            {families.map((f) => (
              <tr key={f.family ?? 'none'}>
                <th scope="row">
                  {f.family ? FAMILY_LABEL[f.family] : 'Métier actuel ou d’entrée'}
                </th>
                <td>{f.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <table class="overview-links">
        <caption>Liens, par type</caption>
        <thead>
          <tr>
            <th scope="col">De</th>
            <th scope="col">Lien</th>
            <th scope="col">Vers</th>
            <th scope="col">Nombre</th>
          </tr>
        </thead>
        <tbody>
          {links.map((l) => (
            <tr key={`${l.fromKind}-${l.type}-${l.toKind}`}>
              <td>{kindName(l.fromKind)}</td>
              <td>{edgeLabel(l.type)}</td>
              <td>{kindName(l.toKind)}</td>
              <td>{l.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
