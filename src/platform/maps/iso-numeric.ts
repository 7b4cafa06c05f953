import type { CountryCode } from '../../modules/accounts/index.js'

/**
 * ISO 3166-1 numeric codes (world-atlas's feature ids) of the countries Stoa knows, to their
 * alpha-2 codes (accounts' COUNTRY_CODES). Kosovo has no ISO numeric code: world-atlas leaves its
 * id empty and names it "Kosovo", so it is matched by name (KOSOVO_NAME). Northern Cyprus has no
 * id either and is not one of our countries: it is drawn as land, never linked.
 */
export const NUMERIC_TO_ALPHA2: Readonly<Record<string, CountryCode>> = {
  '008': 'AL',
  '020': 'AD',
  '031': 'AZ',
  '040': 'AT',
  '051': 'AM',
  '056': 'BE',
  '070': 'BA',
  '100': 'BG',
  '112': 'BY',
  '191': 'HR',
  '196': 'CY',
  '203': 'CZ',
  '208': 'DK',
  '233': 'EE',
  '246': 'FI',
  '250': 'FR',
  '268': 'GE',
  '276': 'DE',
  '300': 'GR',
  '336': 'VA',
  '348': 'HU',
  '352': 'IS',
  '372': 'IE',
  '380': 'IT',
  '428': 'LV',
  '438': 'LI',
  '440': 'LT',
  '442': 'LU',
  '470': 'MT',
  '492': 'MC',
  '498': 'MD',
  '499': 'ME',
  '528': 'NL',
  '578': 'NO',
  '616': 'PL',
  '620': 'PT',
  '642': 'RO',
  '643': 'RU',
  '674': 'SM',
  '688': 'RS',
  '703': 'SK',
  '705': 'SI',
  '724': 'ES',
  '752': 'SE',
  '756': 'CH',
  '792': 'TR',
  '804': 'UA',
  '807': 'MK',
  '826': 'GB',
}

export const KOSOVO_NAME = 'Kosovo'
