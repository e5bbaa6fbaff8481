/**
 * A school's acronym as a regex source (no anchors): its kind (SD … MA, and "SR", "SRMA", "SRMP" of
 * the people's schools) and the letters made from it for a state, private, Islamic or other school
 * ("SDN", "SMPS", "SMAK", "SDIT", "MINU", "SMPLB"). The names stage reads a school numbered after it
 * ("SMAN 11 Bogor"); coreference completes a school read without its number ("SMP Negeri" … "9").
 */
export const SCHOOL_ACRONYM_SOURCE = '(?:SD|SMP|SMA|SMK|SLB|MI|MTs|MTS|MA|SR|SRMA|SRMP)(?:N|S|K|IT|NU|LB)?';
