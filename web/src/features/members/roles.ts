import { ROLES, type Role } from '../../api/types';

export const isRole = (value: string): value is Role => ROLES.some((role) => role === value);
