import { LEVELS } from '../../schema/common.js';
import type { GraphData } from '../../schema/graph-data.js';
import type { DatasetFile } from './file-schema.js';
import { GraphBuilder } from './graph-builder.js';

export interface ParsedFile {
  file: string;
  data: DatasetFile;
}

type Section<K extends keyof DatasetFile> = NonNullable<DatasetFile[K]>;
type Levelled = Record<string, (typeof LEVELS)[number]>;

function addJobSheet(g: GraphBuilder, sheet: Section<'jobSheet'>): void {
  const { role, sources, activities, savoirFaire, knowledge, passerelles, ...props } = sheet;
  g.node('JobSheet', props, ['jobSheet']);
  g.rel('DESCRIBES', sheet.id, role, { source: sheet.source }, ['jobSheet', 'role']);
  LEVELS.forEach((level) => {
    g.rel('USES_SCALE', sheet.id, level, { source: sources.scale }, [
      'jobSheet',
      'sources',
      'scale',
    ]);
  });
  activities.forEach(({ mobilises, ...activity }, i) => {
    const path = ['jobSheet', 'activities', i];
    g.node('Activity', { ...activity, source: sources.activities }, path);
    g.rel(
      'HAS_ACTIVITY',
      sheet.id,
      activity.id,
      { order: i + 1, source: sources.activities },
      path,
    );
    g.linkAll('MOBILISES', activity.id, mobilises, mobilises.skills, [
      ...path,
      'mobilises',
      'skills',
    ]);
  });
  savoirFaire.forEach((skill, i) => {
    g.rel('LISTS_SAVOIR_FAIRE', sheet.id, skill, { order: i + 1, source: sources.savoirFaire }, [
      'jobSheet',
      'savoirFaire',
      i,
    ]);
  });
  knowledge.forEach(({ skill, level }, i) => {
    g.rel(
      'REQUIRES_KNOWLEDGE',
      sheet.id,
      skill,
      { order: i + 1, level, source: sources.knowledge, levelSource: sources.knowledge },
      ['jobSheet', 'knowledge', i],
    );
  });
  passerelles.forEach((roleId, i) => {
    g.rel('LISTS_PASSERELLE', sheet.id, roleId, { order: i + 1, source: sources.passerelles }, [
      'jobSheet',
      'passerelles',
      i,
    ]);
  });
}

function addLevelledGroups(
  g: GraphBuilder,
  type: 'REQUIRES' | 'DEVELOPS',
  fromId: string,
  groups: readonly { source: string; levelSource: string; skills: Levelled }[],
  path: readonly PropertyKey[],
): void {
  groups.forEach((group, i) => {
    for (const [skill, level] of Object.entries(group.skills)) {
      const props = { level, source: group.source, levelSource: group.levelSource };
      g.rel(type, fromId, skill, props, [...path, i, 'skills', skill]);
    }
  });
}

function addRolesAndMoves(g: GraphBuilder, data: DatasetFile): void {
  data.roles?.forEach(({ requirements, ...role }, i) => {
    g.node('Role', role, ['roles', i]);
    addLevelledGroups(g, 'REQUIRES', role.id, requirements, ['roles', i, 'requirements']);
  });
  data.conditions?.forEach((condition, i) => {
    g.node('Condition', condition, ['conditions', i]);
  });
  data.moves?.forEach(({ from, to, conditions, ...move }, i) => {
    g.rel('MOVES_TO', from, to, { ...move, conditionIds: conditions }, ['moves', i]);
    conditions.forEach((id, j) => {
      g.ref('Condition', id, ['moves', i, 'conditions', j]);
    });
  });
}

function addTraining(g: GraphBuilder, data: DatasetFile): void {
  data.blocks?.forEach(({ items, ...block }, i) => {
    g.node('TrainingBlock', block, ['blocks', i]);
    items.forEach(({ develops, ...item }, j) => {
      const path = ['blocks', i, 'items', j];
      g.node('TrainingItem', { ...item, source: block.source }, path);
      g.rel('HAS_ITEM', block.id, item.id, { order: j + 1, source: block.source }, path);
      addLevelledGroups(g, 'DEVELOPS', item.id, develops, [...path, 'develops']);
    });
  });
  data.trainingIdeas?.forEach((idea, i) => {
    g.node('TrainingIdea', idea, ['trainingIdeas', i]);
  });
  data.programmes?.forEach(({ preparesFor, ...programme }, i) => {
    g.node('TrainingProgramme', programme, ['programmes', i]);
    g.linkAll('PREPARES_FOR', programme.id, preparesFor, preparesFor.roles, [
      'programmes',
      i,
      'preparesFor',
      'roles',
    ]);
  });
  data.organisations?.forEach(({ supports, promotes, ...organisation }, i) => {
    g.node('Organisation', organisation, ['organisations', i]);
    g.linkAll('SUPPORTS', organisation.id, supports, supports.programmes, [
      'organisations',
      i,
      'supports',
      'programmes',
    ]);
    g.linkAll('PROMOTES', organisation.id, promotes, promotes.roles, [
      'organisations',
      i,
      'promotes',
      'roles',
    ]);
  });
}

function addWorkforce(g: GraphBuilder, data: DatasetFile): void {
  data.figures?.forEach(({ role, ...figure }, i) => {
    g.node('WorkforceFigure', figure, ['figures', i]);
    g.rel('HAS_FIGURE', role, figure.id, { source: figure.source }, ['figures', i, 'role']);
  });
  data.categories?.forEach((category, i) => {
    g.node('Category', category, ['categories', i]);
  });
  data.grades?.forEach(({ staffs, heldBy, ...grade }, i) => {
    g.node('Grade', grade, ['grades', i]);
    if (grade.category) {
      g.rel(
        'IN_CATEGORY',
        grade.id,
        `categorie-${grade.category.toLowerCase()}`,
        { source: grade.source },
        ['grades', i, 'category'],
      );
    }
    g.rel('STAFFS', grade.id, staffs, { sharePercent: grade.sharePercent, source: grade.source }, [
      'grades',
      i,
      'staffs',
    ]);
    heldBy.roles.forEach((role, j) => {
      g.rel('HOLDS_GRADE', role, grade.id, { source: heldBy.source }, [
        'grades',
        i,
        'heldBy',
        'roles',
        j,
      ]);
    });
  });
}

function addProspective(g: GraphBuilder, data: DatasetFile): void {
  data.futureProfiles?.forEach(({ emphasises, anticipates, ...profile }, i) => {
    g.node('FutureProfile', profile, ['futureProfiles', i]);
    g.linkAll('EMPHASISES', profile.id, emphasises, emphasises.skills, [
      'futureProfiles',
      i,
      'emphasises',
      'skills',
    ]);
    g.linkAll('ANTICIPATES', profile.id, anticipates, anticipates.roles, [
      'futureProfiles',
      i,
      'anticipates',
      'roles',
    ]);
  });
  data.tensionAxes?.forEach((axis, i) => {
    g.node('TensionAxis', axis, ['tensionAxes', i]);
  });
  data.scenarios?.forEach(({ positions, suits, outlook, ...scenario }, i) => {
    g.node('Scenario', scenario, ['scenarios', i]);
    positions.forEach(({ axis, ...position }, j) => {
      g.rel('POSITIONED_ON', scenario.id, axis, position, ['scenarios', i, 'positions', j]);
    });
    if (suits)
      g.linkAll('SUITS', scenario.id, suits, suits.profiles, ['scenarios', i, 'suits', 'profiles']);
    outlook.forEach(({ effect, source, roles }, j) => {
      roles.forEach((role, k) => {
        g.rel('OUTLOOK', scenario.id, role, { effect, source }, [
          'scenarios',
          i,
          'outlook',
          j,
          'roles',
          k,
        ]);
      });
    });
  });
  data.diagnosticItems?.forEach(({ axis, ...item }, i) => {
    g.node('DiagnosticItem', item, ['diagnosticItems', i]);
    g.rel('MEASURES', item.id, axis, { source: item.source }, ['diagnosticItems', i, 'axis']);
  });
  data.statements?.forEach(({ bearsOn, ...statement }, i) => {
    g.node('Statement', statement, ['statements', i]);
    g.linkAll('BEARS_ON', statement.id, bearsOn, bearsOn.targets, [
      'statements',
      i,
      'bearsOn',
      'targets',
    ]);
  });
}

/** Turns parsed data files into the graph payload. Pure: no I/O, no validation of references. */
export function toGraph(files: readonly ParsedFile[]): GraphData {
  const g = new GraphBuilder();
  for (const { file, data } of files) {
    g.inFile(file);
    data.levels?.forEach((level, i) => {
      g.node('Level', level, ['levels', i]);
    });
    data.skills?.forEach((skill, i) => {
      g.node('Skill', skill, ['skills', i]);
    });
    data.acronyms?.forEach((acronym, i) => {
      g.node('Acronym', acronym, ['acronyms', i]);
    });
    if (data.jobSheet) addJobSheet(g, data.jobSheet);
    addRolesAndMoves(g, data);
    addTraining(g, data);
    addWorkforce(g, data);
    addProspective(g, data);
  }
  return g.data;
}
