import { DIPLOMA_BLOCS_FILE, readDiplomaBlocs } from '../../../seeds/diplomas/diploma-blocs.js';
import { readDiplomaWays } from '../../../seeds/diplomas/diploma-ways.js';
import { AskedDiplomas } from '../../domain/asked-diplomas.js';

/**
 * The reviewed ways to the diplomas (VAE, apprenticeship) and their blocs, read once like the
 * funding schemes; rome-credentials.yaml is read once for both.
 */
let askedDiplomas: AskedDiplomas | undefined;
export function diplomasAsked(): AskedDiplomas {
  if (askedDiplomas) return askedDiplomas;
  const { ways, diplomas } = readDiplomaWays();
  return (askedDiplomas = new AskedDiplomas(
    diplomas,
    ways,
    readDiplomaBlocs(DIPLOMA_BLOCS_FILE, diplomas),
  ));
}
