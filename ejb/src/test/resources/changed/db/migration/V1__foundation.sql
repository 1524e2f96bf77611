-- a changed copy of V1, to prove that a changed applied migration is detected
create table something_else (id integer);
