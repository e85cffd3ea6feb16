"""question: review_note (why a correction needs the teacher's eye) and previous_id (the version it replaced)

Revision ID: i16a1b2c3d4e5
Revises: i15a7c3e9d2b1
Create Date: 2026-12-03 02:05:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'i16a1b2c3d4e5'
down_revision = 'i15a7c3e9d2b1'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.add_column(sa.Column('review_note', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('previous_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_question_previous_id_question'), 'question',
                                    ['previous_id'], ['id'], ondelete='SET NULL')
        batch_op.create_index(batch_op.f('ix_question_previous_id'), ['previous_id'], unique=False)


def downgrade():
    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_question_previous_id'))
        batch_op.drop_constraint(batch_op.f('fk_question_previous_id_question'), type_='foreignkey')
        batch_op.drop_column('previous_id')
        batch_op.drop_column('review_note')
